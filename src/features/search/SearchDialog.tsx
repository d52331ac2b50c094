/* oxlint-disable jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */
// The ARIA combobox pattern: keys are handled on the input (aria-activedescendant); the backdrop takes clicks only.
/**
 * The search dialog: loaded on the first Ctrl+K (or hover or focus of the search button); the
 * launcher keeps what is typed until the field has focus. The index and the results (SearchResults,
 * with minisearch and every architecture's data) load behind it; what is typed meanwhile is searched
 * when they arrive, and an Enter pressed meanwhile opens the first result then.
 */
import { lazy, Suspense, useId, useLayoutEffect, useRef, useState } from 'react';
import { closeSearch, openingState, prefetchSearch } from './launcher';
import type { ResultsHandle } from './SearchResults';

const SearchResults = lazy(prefetchSearch);

export function SearchDialog({ onClosed }: { onClosed: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const results = useRef<ResultsHandle>(null);
  const [opening] = useState(openingState);
  const [query, setQuery] = useState(opening.typed ?? opening.query);
  const [active, setActive] = useState(0);
  const [count, setCount] = useState(0);
  /** Enter before the results had loaded: acted on when they have. */
  const [enter, setEnter] = useState(opening.enter);
  const listId = useId();

  useLayoutEffect(() => {
    const element = dialog.current!;
    const input = field.current!;
    if (!element.open) element.showModal();
    input.focus();
    // Keys typed between this render and its commit (a dialog that has just loaded may render in
    // slices) are still in the launcher's buffer: take them now, before the field has the next key.
    // That buffer lives outside React, so this is the one place to read it: hence the state set in an effect.
    const latest = openingState();
    // oxlint-disable-next-line react/set-state-in-effect
    if (latest.typed !== null && latest.typed !== opening.typed) setQuery(latest.typed);
    // oxlint-disable-next-line react/set-state-in-effect
    if (latest.enter) setEnter(true);
    // Reopened with the last query: selected, so typing replaces it. Typed before the focus: caret at the end.
    if (opening.typed === null) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
    return () => element.close();
  }, [opening]);

  const close = () => {
    closeSearch(query);
    onClosed();
  };

  return (
    <dialog
      ref={dialog}
      aria-label="Search"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) close();
      }}
      className="mx-auto mt-[8vh] w-[min(46rem,calc(100vw-1.5rem))] rounded-xl border-2 border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/50"
      data-testid="search-dialog"
    >
      <div className="flex max-h-[80vh] flex-col">
        <label className="flex items-center gap-2 border-b-2 border-line px-4 py-3">
          <span aria-hidden="true" className="text-muted">
            ⌕
          </span>
          <span className="sr-only">
            Search architectures, components, moments, round-trip thresholds, tour steps and requirements
          </span>
          <input
            ref={field}
            data-search-field=""
            role="combobox"
            aria-expanded={count > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={count > 0 ? `${listId}-${Math.min(active, count - 1)}` : undefined}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                const step = event.key === 'ArrowDown' ? 1 : -1;
                setActive((a) => Math.max(0, Math.min(a + step, count - 1)));
              } else if (event.key === 'Enter') {
                event.preventDefault();
                if (results.current) results.current.open(active);
                else setEnter(true);
              }
            }}
            placeholder="Search: nova-compute, rehoming, 5 minutes, subcloud2 workloads…"
            autoComplete="off"
            spellCheck={false}
            className="w-full bg-transparent text-lg outline-none placeholder:text-muted"
            data-testid="search-input"
          />
          <kbd className="rounded border border-line px-1.5 text-sm text-muted">Esc</kbd>
        </label>
        <Suspense
          fallback={
            <p role="status" className="p-4 text-muted" data-testid="search-loading">
              Loading the search index…
            </p>
          }
        >
          <SearchResults
            ref={results}
            query={query}
            active={active}
            onActive={setActive}
            onCount={setCount}
            listId={listId}
            enter={enter}
            onEnterDone={() => setEnter(false)}
            onChosen={close}
          />
        </Suspense>
      </div>
    </dialog>
  );
}
