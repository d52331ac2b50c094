/**
 * Browser access to the build's data. The index (names, summaries, previews) and both catalogues
 * ship in the main bundle; each architecture's full data is its own chunk, fetched when first shown.
 */
import { use } from 'react';
import {
  architectureIndex,
  loaders,
  loadOverview,
  loadRequirements,
  loadCapabilities,
  modelNames,
  requirementTitles,
} from 'virtual:architectures';
import type { Capability, Model, Requirement } from '../model/schema';
import type { ArchitectureBundle, ArchitectureCard } from '../model/dataset';

export { architectureIndex, modelNames, requirementTitles };

/**
 * Marks a promise with its outcome the way React's use() reads it, so a promise that has already
 * settled is read at once instead of suspending (and waiting out Suspense's reveal throttle).
 */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  const thenable = promise as Promise<T> & { status?: string; value?: T; reason?: unknown };
  thenable.status = 'pending';
  promise.then(
    (value) => Object.assign(thenable, { status: 'fulfilled', value }),
    (reason) => Object.assign(thenable, { status: 'rejected', reason }),
  );
  return promise;
}

let overviewPending: Promise<{ models: Model[]; cards: Record<string, ArchitectureCard> }> | null = null;
/** Suspends until the models' full text and the architectures' cards are here. */
export const preloadOverview = () => (overviewPending ??= tracked(loadOverview()));
export const useOverview = () => use(preloadOverview());
export const architectureById = new Map(architectureIndex.map((a) => [a.id, a]));

const cache = new Map<string, Promise<ArchitectureBundle>>();

export function loadBundle(id: string): Promise<ArchitectureBundle> {
  let pending = cache.get(id);
  if (!pending) {
    const loader = loaders[id];
    pending = tracked(
      loader ? loader().then((m) => m.default) : Promise.reject(new Error(`unknown architecture ${id}`)),
    );
    cache.set(id, pending);
  }
  return pending;
}

let all: Promise<ArchitectureBundle[]> | null = null;
export const loadAllBundles = () => (all ??= tracked(Promise.all(architectureIndex.map((a) => loadBundle(a.id)))));

let requirementsPending: Promise<Requirement[]> | null = null;
/** Suspends until the requirement catalogue's full text is here. */
export const useRequirements = (): Requirement[] => use((requirementsPending ??= tracked(loadRequirements())));

let capabilitiesPending: Promise<Capability[]> | null = null;
/** Suspends until the capability catalogue (titles and questions) is here. */
export const preloadCapabilities = () => (capabilitiesPending ??= tracked(loadCapabilities()));
export const useCapabilities = (): Capability[] => use(preloadCapabilities());

/** Suspends until the architecture's data is here. Only call with an id from the index. */
export const useBundle = (id: string): ArchitectureBundle => use(loadBundle(id));

/**
 * A module loaded on demand, once: call the result to start loading (a prefetch), or read it with
 * React's use() in a Suspense boundary; once loaded it is read at once, with no fallback shown.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= tracked(load()));
}
export const useAllBundles = (): ArchitectureBundle[] => use(loadAllBundles());
