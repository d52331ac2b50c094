/**
 * What is cut, as the user chose it (`Cut`, written in the URL) and as it resolves against one
 * architecture's sites (`CutResolution`). Pure; the central concept of the domain.
 */
import { parseDuration } from '../model/duration';
import type { Architecture, CutSpec, TourStep } from '../model/schema';

/** Nothing, every edge site, the central site itself, chosen sites, or a seeded random share. */
export type Cut =
  | { kind: 'none' }
  | { kind: 'all' }
  | { kind: 'central' }
  | { kind: 'sites'; sites: string[] }
  | { kind: 'random'; percent: number; seed: number };

export interface CutResolution {
  /** Edge sites cut off from central. Ids the architecture lacks are left out (see url/corrections.ts). */
  cutSites: ReadonlySet<string>;
  /** The central site itself has failed. */
  centralDown: boolean;
}

export const NO_CUT: Cut = { kind: 'none' };

export const isCutting = (resolution: CutResolution) => resolution.centralDown || resolution.cutSites.size > 0;

/** mulberry32: a tiny seeded PRNG, so `cut=random:30&seed=7` is the same cut for everyone. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomSites(edgeSiteIds: readonly string[], percent: number, seed: number): Set<string> {
  const count = Math.round((edgeSiteIds.length * percent) / 100);
  const random = seededRandom(seed);
  const order = [...edgeSiteIds];
  // Partial Fisher–Yates: the first `count` entries are a uniform sample.
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return new Set(order.slice(0, count));
}

export function resolveCut(arch: Pick<Architecture, 'sites'>, cut: Cut): CutResolution {
  const edgeIds = arch.sites.filter((s) => s.kind === 'edge').map((s) => s.id);
  const none: CutResolution = { cutSites: new Set(), centralDown: false };
  switch (cut.kind) {
    case 'none':
      return none;
    case 'all':
      return { ...none, cutSites: new Set(edgeIds) };
    case 'central':
      return { ...none, cutSites: new Set(edgeIds), centralDown: true };
    case 'random':
      return { ...none, cutSites: randomSites(edgeIds, cut.percent, cut.seed) };
    case 'sites': {
      const kind = new Map(arch.sites.map((s) => [s.id, s.kind]));
      return { ...none, cutSites: new Set(cut.sites.filter((id) => kind.get(id) === 'edge')) };
    }
  }
}

/**
 * The cut after toggling one edge site's link. A random or "all" cut becomes an explicit list,
 * and a list that names every edge site is written as `all` so the link stays short.
 */
export function toggleSite(cut: CutResolution, edgeSiteIds: readonly string[], siteId: string): Cut {
  if (cut.centralDown) return { kind: 'sites', sites: [siteId] };
  const next = new Set(cut.cutSites);
  if (next.has(siteId)) next.delete(siteId);
  else next.add(siteId);
  if (next.size === 0) return NO_CUT;
  if (edgeSiteIds.length > 1 && edgeSiteIds.every((id) => next.has(id))) return { kind: 'all' };
  return { kind: 'sites', sites: edgeSiteIds.filter((id) => next.has(id)) };
}

/** A tour step's cut, in the URL's terms. */
export function cutOfStep(spec: CutSpec | undefined): Cut {
  if (spec === undefined) return NO_CUT;
  if (spec === 'all' || spec === 'central') return { kind: spec };
  return { kind: 'sites', sites: [...spec] };
}

/** What a tour step shows, in the URL's terms: its cut and how long it has lasted, the WAN's round trip, the upgrade. */
export interface StepConditions {
  cut: Cut;
  t: number | null;
  rtt: number;
  upgrade: string | null;
  spare: boolean;
}

export function stepConditions(
  step: Pick<TourStep, 'cut' | 't' | 'rtt' | 'upgrade' | 'spare'> | undefined,
): StepConditions {
  return {
    cut: cutOfStep(step?.cut),
    t: step?.t === undefined ? null : parseDuration(step.t),
    rtt: step?.rtt === undefined ? 0 : Number(step.rtt.slice(0, -2)),
    upgrade: step?.upgrade ?? null,
    spare: step?.spare ?? false,
  };
}

/** What a restore gives back: the sites whose link returned, or the central site. */
export interface Restored {
  sites: string[];
  central: boolean;
  /** How long the cut had lasted (seconds): the reconnect story may depend on it. */
  lasted: number;
}

/** Compares the cut before and after a change: what came back, if anything. */
export function restoredBetween(before: CutResolution, after: CutResolution, lasted: number): Restored | null {
  if (before.centralDown && !after.centralDown) return { sites: [...before.cutSites], central: true, lasted };
  if (after.centralDown) return null;
  const back = [...before.cutSites].filter((site) => !after.cutSites.has(site));
  return back.length > 0 ? { sites: back, central: false, lasted } : null;
}
