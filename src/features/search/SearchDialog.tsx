/* oxlint-disable jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-element-to-interactive-role */
// The ARIA combobox pattern: keys are handled on the input (aria-activedescendant), so the
// options and the dialog backdrop take clicks only, and list items carry listbox roles.
import { Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAllBundles, useRequirements } from '../../dataset/access';
import { buildSearch, runSearch, searchDocs, type SearchHit } from './searchIndex';
import { navigate } from '../../url/store';
import { Loading } from '../../ui/Loading';

const kindLabel: Record<SearchHit['kind'], string> = {
  architecture: 'Architecture',
  component: 'Component',
  requirement: 'Requirement',
};

function go(hit: SearchHit): void {
  if (hit.kind === 'requirement') navigate({ page: 'req', id: hit.requirementId! });
  else navigate({ page: 'arch', id: hit.architectureId! }, { node: hit.componentId ?? null });
}

/** Ctrl+K / ⌘K: architectures, components of every architecture and requirements, by name, id or text. */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current!;
    element.showModal();
    return () => element.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-label="Search"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
      className="mx-auto mt-[10vh] w-[min(44rem,calc(100vw-1.5rem))] rounded-xl border-2 border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/50"
      data-testid="search-dialog"
    >
      <Suspense fallback={<Loading what="the search index" />}>
        <SearchBody onClose={onClose} />
      </Suspense>
    </dialog>
  );
}

function SearchBody({ onClose }: { onClose: () => void }) {
  const bundles = useAllBundles();
  const requirements = useRequirements();
  const search = useMemo(() => buildSearch(searchDocs(bundles, requirements)), [bundles, requirements]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => runSearch(search, query), [search, query]);
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    go(hit);
  };

  return (
    <div className="flex max-h-[70vh] flex-col">
      <label className="flex items-center gap-2 border-b-2 border-line px-4 py-3">
        <span aria-hidden="true" className="text-muted">
          ⌕
        </span>
        <span className="sr-only">Search architectures, components and requirements</span>
        <input
          autoFocus
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length > 0 ? optionId(Math.min(active, hits.length - 1)) : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((a) => Math.min(a + 1, hits.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              choose(hits[Math.min(active, hits.length - 1)]);
            }
          }}
          placeholder="Search: nova-compute, autonomy, PTP, dcmanager…"
          className="w-full bg-transparent text-lg outline-none placeholder:text-muted"
          data-testid="search-input"
        />
        <kbd className="rounded border border-line px-1.5 text-sm text-muted">Esc</kbd>
      </label>
      {query.trim() && hits.length === 0 && <p className="p-4 text-muted">Nothing matches “{query.slice(0, 60)}”.</p>}
      {!query.trim() && (
        <p className="p-4 text-muted">Type a name, an id or words from a description. ↑ ↓ to move, Enter to open.</p>
      )}
      <ul id={listId} role="listbox" aria-label="Results" className="overflow-y-auto">
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onMouseMove={() => setActive(i)}
            onClick={() => choose(hit)}
            className={`cursor-pointer border-b border-line px-4 py-2 ${i === active ? 'bg-surface-2 outline-2 -outline-offset-2 outline-accent' : ''}`}
            data-testid="search-result"
          >
            <span className="mr-2 rounded border border-line px-1 text-xs font-semibold text-muted uppercase">
              {kindLabel[hit.kind]}
            </span>
            <span className="font-semibold">{hit.title}</span>
            <div className="text-sm text-muted">{hit.context}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
