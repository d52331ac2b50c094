/**
 * Browser access to the build's data. The index (names, summaries, previews) and both catalogues
 * ship in the main bundle; each architecture's full data is its own chunk, fetched when first shown.
 */
import { use } from 'react';
import { architectureIndex, loaders, models, requirements } from 'virtual:architectures';
import type { ArchitectureBundle } from './types';

export { architectureIndex, models, requirements };

export const requirementById = new Map(requirements.map((r) => [r.id, r]));
export const modelById = new Map(models.map((m) => [m.id, m]));
export const summaryById = new Map(architectureIndex.map((a) => [a.id, a]));

const cache = new Map<string, Promise<ArchitectureBundle>>();

export function loadBundle(id: string): Promise<ArchitectureBundle> {
  let pending = cache.get(id);
  if (!pending) {
    const loader = loaders[id];
    pending = loader ? loader().then((m) => m.default) : Promise.reject(new Error(`unknown architecture ${id}`));
    cache.set(id, pending);
  }
  return pending;
}

let all: Promise<ArchitectureBundle[]> | null = null;
export const loadAllBundles = () => (all ??= Promise.all(architectureIndex.map((a) => loadBundle(a.id))));

/** Suspends until the architecture's data is here. Only call with an id from the index. */
export const useBundle = (id: string): ArchitectureBundle => use(loadBundle(id));
export const useAllBundles = (): ArchitectureBundle[] => use(loadAllBundles());
