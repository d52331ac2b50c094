/* oxlint-disable jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-to-interactive-role */
// Options of the combobox: the input handles the keys (aria-activedescendant), options take clicks.
/**
 * The search's results, loaded behind the dialog: the data of every architecture, the requirement
 * catalogue and the index (built in slices, so the page stays responsive while it is).
 */
import { use, useDeferredValue, useEffect, useImperativeHandle, useMemo, useState, type Ref } from 'react';
import {
  defaultComparePair,
  loadAllBundles,
  modelNames,
  useAllBundles,
  useOverview,
  useRequirements,
  useCapabilities,
} from '../../dataset/access';
import type { ArchitectureBundle } from '../../model/dataset';
import type { Capability, Model, Requirement } from '../../model/schema';
import { navigate, useExplorer } from '../../url/store';
import { catalogueOf } from '../../parts/capabilities/catalogue';
import { buildSearch, runSearch, searchDocs, type SearchEngine, type SearchKind } from './searchIndex';

const kindLabel: Record<SearchKind, string> = {
  architecture: 'Architecture',
  component: 'Component',
  moment: 'Over time',
  threshold: 'Slow WAN',
  step: 'Tour step',
  requirement: 'Requirement',
  capability: 'Capability',
  model: 'Model',
};

const engines = new WeakMap<readonly ArchitectureBundle[], Promise<SearchEngine>>();
function engineFor(
  bundles: readonly ArchitectureBundle[],
  requirements: readonly Requirement[],
  models: readonly Model[],
  capabilities: readonly Capability[],
) {
  let pending = engines.get(bundles);
  if (!pending) {
    const docs = searchDocs({
      bundles,
      requirements,
      modelNames,
      capabilities: catalogueOf(
        bundles.map((b) => b.architecture),
        capabilities,
      ),
      defaultPair: [...defaultComparePair],
      models,
    });
    pending = buildSearch(docs);
    engines.set(bundles, pending);
  }
  return pending;
}

/** Brings an element of the page just opened into view once it is there (the page may still be loading). */
function reveal(id: string, tries = 60): void {
  const element = document.getElementById(id);
  if (element) element.scrollIntoView({ block: 'start' });
  else if (tries > 0) requestAnimationFrame(() => reveal(id, tries - 1));
}

/** Starts fetching every architecture's data (the search button's hover, Ctrl+K). */
export function warm(): void {
  void loadAllBundles();
}

export interface ResultsHandle {
  /** Opens the result at `index` of the current query, or says that nothing matches. */
  open(index: number): void;
}

export interface SearchResultsProps {
  ref: Ref<ResultsHandle>;
  query: string;
  active: number;
  onActive: (index: number) => void;
  onCount: (count: number) => void;
  listId: string;
  /** Enter was pressed before the results had loaded. */
  enter: boolean;
  onEnterDone: () => void;
  onChosen: () => void;
}

export default function SearchResults(props: SearchResultsProps) {
  const bundles = useAllBundles();
  const requirements = useRequirements();
  const { models } = useOverview();
  const capabilities = useCapabilities();
  const engine = use(engineFor(bundles, requirements, models, capabilities));
  return <Results {...props} engine={engine} />;
}

function Results({
  ref,
  engine,
  query,
  active,
  onActive,
  onCount,
  listId,
  enter,
  onEnterDone,
  onChosen,
}: SearchResultsProps & { engine: SearchEngine }) {
  // Typing stays fluid on a slow machine: the list follows the field when there is time.
  const shown = useDeferredValue(query);
  const hits = useMemo(() => runSearch(engine, shown), [engine, shown]);
  const [nothing, setNothing] = useState<string | null>(null);

  const open = (index: number) => {
    // Enter right after typing: the hits of what is in the field, even if the list has not caught up.
    const current = shown === query ? hits : runSearch(engine, query);
    const hit = current[Math.min(index, current.length - 1)];
    if (!hit) {
      setNothing(query.trim());
      return;
    }
    onChosen();
    // A result on the diagram already shown keeps what the reader simulates there (the cut and its
    // time, the round trip, the upgrade), unless the result is a moment or a threshold of its own.
    const { choices } = useExplorer.getState();
    const { route, patch } = hit.doc.to;
    const here = choices.route.page === 'arch' && route.page === 'arch' && choices.route.id === route.id;
    const kept =
      here && !('cut' in patch) && !('rtt' in patch)
        ? { cut: choices.cut, t: choices.t, rtt: choices.rtt, upgrade: choices.upgrade, spare: choices.spare }
        : {};
    navigate(route, { ...kept, ...patch });
    if (hit.doc.to.reveal) reveal(hit.doc.to.reveal);
  };
  useImperativeHandle(ref, () => ({ open }));

  useEffect(() => onCount(hits.length), [hits.length, onCount]);
  useEffect(() => setNothing(null), [query]);
  useEffect(() => {
    if (!enter) return;
    onEnterDone();
    open(0);
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- once, when an early Enter meets the loaded index
  }, [enter]);

  const trimmed = query.trim();
  const incomplete = hits.length > 0 && !hits[0]!.complete;
  return (
    <>
      <p role="status" aria-live="polite" className="px-4 pt-3 text-sm text-muted" data-testid="search-status">
        {nothing !== null ? (
          <strong className="text-bad" data-testid="search-nothing">
            Nothing to open: nothing matches “{nothing.slice(0, 60)}”. Try fewer words, or other ones.
          </strong>
        ) : !trimmed ? (
          'Type a name, an id, a site, a time such as “5 minutes”, or words from a description. ↑ ↓ to move, Enter to open.'
        ) : hits.length === 0 ? (
          <span data-testid="search-empty">Nothing matches “{trimmed.slice(0, 60)}”.</span>
        ) : incomplete ? (
          `No result has every word; ${hits.length} ${hits.length === 1 ? 'has' : 'have'} some of them.`
        ) : (
          `${hits.length === 40 ? '40 best' : hits.length} result${hits.length === 1 ? '' : 's'}`
        )}
      </p>
      <ul id={listId} role="listbox" aria-label="Results" className="overflow-y-auto pb-2" data-query={shown}>
        {hits.map((hit, i) => (
          <li
            key={hit.doc.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseMove={() => i !== active && onActive(i)}
            onClick={() => open(i)}
            className={`cursor-pointer border-b border-line px-4 py-2 ${i === active ? 'bg-surface-2 outline-2 -outline-offset-2 outline-accent' : ''}`}
            data-testid="search-result"
            data-kind={hit.doc.kind}
            data-doc={hit.doc.id}
          >
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="rounded border border-line px-1 text-xs font-semibold text-muted uppercase">
                {kindLabel[hit.doc.kind]}
              </span>
              <span className="font-semibold">{hit.doc.title}</span>
              <span className="text-sm text-muted">{hit.doc.context}</span>
            </div>
            {hit.snippet && (
              <p className="mt-0.5 line-clamp-2 text-sm" data-testid="search-snippet">
                <span className="font-semibold text-muted">{hit.snippet.label}: </span>
                {hit.snippet.parts.map((part, j) =>
                  part.hit ? (
                    <mark key={j} className="rounded-sm bg-warn-bg px-0.5 text-fg">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={j}>{part.text}</span>
                  ),
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
