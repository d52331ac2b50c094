/**
 * The simulation: from the user's cut to each component's and link's state. Pure and cheap, so the
 * graph, the summary, the panel and the tests all derive the same answer from the same inputs.
 */
import type { Architecture, Component, Status } from '../model/schema';
import type { Cut } from '../url/codec';

export interface CutResolution {
  /** Edge sites cut off from central. Ids the architecture lacks are left out (see state/resolve.ts). */
  cutSites: ReadonlySet<string>;
  /** The central site itself has failed. */
  centralDown: boolean;
}

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

export type ComponentState =
  | { state: 'connected' }
  /** An edge component on a cut site, or a central component towards the cut sites. */
  | { state: Status; reason: 'site-cut' | 'towards-cut' }
  /** A central component when the central site has failed. */
  | { state: 'unavailable'; reason: 'central-down' };

export type DisplayState = ComponentState['state'];

const CONNECTED: ComponentState = { state: 'connected' };

export function componentState(
  component: Pick<Component, 'site' | 'disconnected'>,
  siteKind: 'central' | 'edge' | undefined,
  cut: CutResolution,
): ComponentState {
  if (siteKind === 'central') {
    if (cut.centralDown) return { state: 'unavailable', reason: 'central-down' };
    if (cut.cutSites.size > 0) return { state: component.disconnected.status, reason: 'towards-cut' };
    return CONNECTED;
  }
  if (cut.cutSites.has(component.site)) return { state: component.disconnected.status, reason: 'site-cut' };
  return CONNECTED;
}

/** Every component's state at once, for the graph and the summary. */
export function componentStates(arch: Pick<Architecture, 'sites' | 'components'>, cut: CutResolution): Map<string, ComponentState> {
  const siteKind = new Map(arch.sites.map((s) => [s.id, s.kind]));
  return new Map(arch.components.map((c) => [c.id, componentState(c, siteKind.get(c.site), cut)]));
}

/** A WAN link is severed when either end is on a cut site or on a failed central site. */
export function isLinkSevered(
  link: { over: 'wan' | 'local' },
  fromSite: string,
  toSite: string,
  cut: CutResolution,
  centralSite: string,
): boolean {
  if (link.over !== 'wan') return false;
  if (cut.centralDown && (fromSite === centralSite || toSite === centralSite)) return true;
  return cut.cutSites.has(fromSite) || cut.cutSites.has(toSite);
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
  if (next.size === 0) return { kind: 'none' };
  if (edgeSiteIds.length > 1 && edgeSiteIds.every((id) => next.has(id))) return { kind: 'all' };
  return { kind: 'sites', sites: edgeSiteIds.filter((id) => next.has(id)) };
}
