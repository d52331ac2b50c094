/**
 * Browser access to the build's data. The index (names, summaries, previews) and both catalogues
 * ship in the main bundle; each architecture's full data is its own chunk, fetched when first shown.
 */
import { use } from 'react';
import { architectureIndex, loaders, loadRequirements, models, requirementTitles } from 'virtual:architectures';
import type { Requirement } from './schema';
import type { ArchitectureBundle } from './types';

export { architectureIndex, models, requirementTitles };

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

let requirementsPending: Promise<Requirement[]> | null = null;
/** Suspends until the requirement catalogue's full text is here. */
export const useRequirements = (): Requirement[] => use((requirementsPending ??= loadRequirements()));

/** Suspends until the architecture's data is here. Only call with an id from the index. */
export const useBundle = (id: string): ArchitectureBundle => use(loadBundle(id));
export const useAllBundles = (): ArchitectureBundle[] => use(loadAllBundles());
