/**
 * Browser access to the build's data. The index (names, ids, counts) ships in the main bundle; each
 * architecture has two chunks: its graph (what the first picture needs) and its full data (the prose
 * the panels, exports and search read), each fetched when first needed.
 */
import { use, useMemo } from 'react';
import {
  architectureIndex,
  graphLoaders,
  loaders,
  loadOverview,
  loadRequirements,
  loadCapabilities,
  modelNames,
  requirementTitles,
} from 'virtual:architectures';
import type { Capability, Model, Requirement } from '../model/schema';
import type { ArchitectureBundle, ArchitectureCard, GraphBundle } from '../model/dataset';
import { tracked } from './onDemand';
import { loadOwnArchitecture, ownFile, YOURS } from './yours';

export { onDemand, tracked } from './onDemand';

export { architectureIndex, modelNames, requirementTitles };

let overviewPending: Promise<{ models: Model[]; cards: Record<string, ArchitectureCard> }> | null = null;
/** Suspends until the models' full text and the architectures' cards are here. */
export const preloadOverview = () => (overviewPending ??= tracked(loadOverview()));
export const useOverview = () => use(preloadOverview());
export const architectureById = new Map(architectureIndex.map((a) => [a.id, a]));
/** The ids a link may name now: the shipped architectures, and `yours` once a file is kept here. */
export const knownArchitectures = (): ReadonlySet<string> =>
  new Set([...architectureById.keys(), ...(ownFile() === null ? [] : [YOURS])]);
/** What Compare shows without a choice: the first two architectures of the catalogue (one of each model in the shipped data). */
export const defaultComparePair = [
  architectureIndex[0]!.id,
  (architectureIndex[1] ?? architectureIndex[0]!).id,
] as const;

function cached<T>(
  chunks: Record<string, () => Promise<{ default: T }>>,
  onLoad?: (id: string, pending: Promise<T>) => void,
) {
  const cache = new Map<string, Promise<T>>();
  return (id: string): Promise<T> => {
    let pending = cache.get(id);
    if (!pending) {
      const loader = chunks[id];
      pending = tracked(
        loader ? loader().then((m) => m.default) : Promise.reject(new Error(`unknown architecture ${id}`)),
      );
      onLoad?.(id, pending);
      cache.set(id, pending);
    }
    return pending;
  };
}

const fullLoaded = new Set<string>();
const markLoaded = (id: string, pending: Promise<unknown>) =>
  void pending.then(
    () => fullLoaded.add(id),
    () => {},
  );
const loadShipped = cached(loaders, markLoaded);
/** An architecture's full data: a shipped one's chunk, or the reader's own file checked and drawn. */
export const loadBundle = (id: string): Promise<ArchitectureBundle> =>
  id === YOURS ? loadOwnArchitecture() : loadShipped(id);
const loadGraphChunk = cached(graphLoaders);
/**
 * The graph of an architecture: its own small chunk, or the full data when that is already here (after a
 * search, say), which holds the graph too.
 */
export const loadGraph = (id: string): Promise<GraphBundle> =>
  id === YOURS || fullLoaded.has(id) ? loadBundle(id) : loadGraphChunk(id);

let all: Promise<ArchitectureBundle[]> | null = null;
export const loadAllBundles = () => (all ??= tracked(Promise.all(architectureIndex.map((a) => loadBundle(a.id)))));

let requirementsPending: Promise<Requirement[]> | null = null;
/** Suspends until the requirement catalogue's full text is here. */
export const useRequirements = (): Requirement[] => use((requirementsPending ??= tracked(loadRequirements())));

let capabilitiesPending: Promise<Capability[]> | null = null;
/** Suspends until the capability catalogue (titles and questions) is here. */
export const preloadCapabilities = () => (capabilitiesPending ??= tracked(loadCapabilities()));
export const useCapabilities = (): Capability[] => use(preloadCapabilities());

/** Suspends until the architecture's full data is here. Only call with an id from the index. */
export const useBundle = (id: string): ArchitectureBundle => use(loadBundle(id));
/**
 * Suspends until the architecture's graph is here (see graphOf). Chosen once per page: the full data
 * arriving later (the panels load it) must not rebuild a diagram that is already drawn.
 */
export const useGraph = (id: string): GraphBundle => use(useMemo(() => loadGraph(id), [id]));

export const useAllBundles = (): ArchitectureBundle[] => use(loadAllBundles());
