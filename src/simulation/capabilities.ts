/**
 * What a user or operator can still do at one edge site, derived from the states of the components
 * each capability needs (the `capabilities` list of an architecture file), never written by hand:
 *
 * - every entry of `needs` is needed: the capability is as good as its worst entry;
 * - an entry that is a list is an alternative: it is as good as its best member;
 * - at one edge site, needs on other edge sites are ignored (central needs always count), and a
 *   capability whose needs all lie on other edge sites is `not-at-site`;
 * - `notProvided` is its own state, whatever is cut.
 *
 * A generated fleet (`?sites=N`) is its first edge site copied: the capability at `fleet-K` is the
 * capability at that template site with the template's component ids mapped to `fleet-K-…` (see
 * fleetSiteNeeds), which is what the states of the expanded fleet give.
 */
import type { Architecture, CapabilityUse } from '../model/schema';
import { fleetSiteId } from '../model/vocabulary';
import { resolveCut, type Cut, type CutResolution } from './cut';
import { NORMAL, stateFor, stateRank as rank, type Conditions, type DisplayState } from './status';
import { templateSite } from './fleet';

export type CapabilityState = DisplayState | 'not-at-site' | 'not-provided';

/** One entry of `needs` as it stands at the site. */
export interface NeedAtSite {
  /** The component ids of the entry (one, or the alternatives of a list), as in the data. */
  ids: string[];
  /** Ignored at this site: every id lies on another edge site (or is unknown). */
  ignored: boolean;
  /** The member that decides (the best of an alternative), or null when ignored. */
  chosen: string | null;
  state: DisplayState | null;
}

export interface CapabilityAtSite {
  capability: string;
  state: CapabilityState;
  needs: NeedAtSite[];
  /** The components that make the capability no better than it is (the worst needs), for "why". */
  limitedBy: string[];
  note?: string;
  notProvided?: string;
}

/** Worst of several states (connected when empty). */
export function worstOf(states: readonly DisplayState[]): DisplayState {
  return states.reduce<DisplayState>((worst, s) => (rank[s] < rank[worst] ? s : worst), 'connected');
}

type ArchitectureShape = Pick<Architecture, 'sites' | 'components' | 'capabilities'>;

/**
 * A capability at `siteId`, from the states of the components it needs as that site sees them.
 * @param stateAt a component's state as the users of `siteId` see it (see stateFor): a site that is
 *   not cut off is not affected by the central components' states towards the sites that are
 * @param resolveId maps a need's id (as written in the data) to the id of the component that plays
 *   its part at this site, or null when there is none (a fleet maps its template's ids, see fleetSiteNeeds)
 */
export function capabilityAt(
  arch: Pick<Architecture, 'sites' | 'components'>,
  use: CapabilityUse,
  siteId: string,
  stateAt: (componentId: string) => DisplayState,
  resolveId: (id: string) => string | null = (id) => id,
): CapabilityAtSite {
  const base = { capability: use.capability, note: use.note };
  if (use.notProvided !== undefined || !use.needs)
    return { ...base, state: 'not-provided', needs: [], limitedBy: [], notProvided: use.notProvided };
  const siteKind = new Map(arch.sites.map((s) => [s.id, s.kind]));
  const siteOfComponent = new Map(arch.components.map((c) => [c.id, c.site]));
  // A need counts at this site when it is a central component or one of the site's own.
  const counts = (id: string) => {
    const site = siteOfComponent.get(id);
    return site !== undefined && (site === siteId || siteKind.get(site) === 'central');
  };
  const needs = use.needs.map((entry): NeedAtSite => {
    const ids = typeof entry === 'string' ? [entry] : [...entry];
    let chosen: string | null = null;
    let best: DisplayState | null = null;
    for (const id of ids) {
      const here = resolveId(id);
      if (here === null || !counts(here)) continue;
      const state = stateAt(here);
      if (best === null || rank[state] > rank[best]) [chosen, best] = [here, state];
    }
    return { ids, ignored: chosen === null, chosen, state: best };
  });
  const counted = needs.filter((n) => !n.ignored);
  if (counted.length === 0) return { ...base, state: 'not-at-site', needs, limitedBy: [] };
  const state = worstOf(counted.map((n) => n.state!));
  const limitedBy = state === 'connected' ? [] : counted.filter((n) => n.state === state).map((n) => n.chosen!);
  return { ...base, state, needs, limitedBy };
}

/** Each component's state as the users of `siteId` see it, under the cut, `seconds` into it, and the other conditions. */
export function siteView(
  arch: Pick<Architecture, 'sites' | 'components'>,
  siteId: string,
  cut: CutResolution,
  seconds: number,
  conditions: Conditions,
): (componentId: string) => DisplayState {
  const siteKind = new Map(arch.sites.map((s) => [s.id, s.kind]));
  const byId = new Map(arch.components.map((c) => [c.id, c]));
  return (id) => {
    const component = byId.get(id);
    return component
      ? stateFor(component, siteKind.get(component.site), siteId, cut, seconds, conditions).state
      : 'connected';
  };
}

/** Every capability an architecture describes, at one of its edge sites, `seconds` into the cut. */
export function capabilitiesAt(
  arch: ArchitectureShape,
  cut: CutResolution,
  seconds: number,
  siteId: string,
  conditions: Conditions = NORMAL,
): CapabilityAtSite[] {
  const stateAt = siteView(arch, siteId, cut, seconds, conditions);
  return (arch.capabilities ?? []).map((use) => capabilityAt(arch, use, siteId, stateAt));
}

/**
 * How a fleet site's needs map to its components: the template site's component ids become
 * `fleet-K-<local>` exactly as expandFleet names them (the component at the same place in the
 * template's list), central ids stay, and ids on the other documented edge sites are gone.
 * @param fleetComponents the expanded fleet's components (expandFleet(...).architecture.components)
 */
export function fleetSiteNeeds(
  documented: Pick<Architecture, 'sites' | 'components'>,
  fleetComponents: Pick<Architecture, 'components'>['components'],
  fleetSite: string,
): (id: string) => string | null {
  const template = templateSite(documented);
  const centralIds = new Set(
    documented.components
      .filter((c) => documented.sites.find((s) => s.id === c.site)?.kind === 'central')
      .map((c) => c.id),
  );
  const templateIds = documented.components.filter((c) => c.site === template.id).map((c) => c.id);
  const copies = fleetComponents.filter((c) => c.site === fleetSite).map((c) => c.id);
  const copyOf = new Map(templateIds.map((id, i) => [id, copies[i] ?? null]));
  return (id) => (centralIds.has(id) ? id : (copyOf.get(id) ?? null));
}

/** The sites of a fleet of `count`: the central site, then `fleet-1` … (no components are generated). */
export function fleetSites(arch: Pick<Architecture, 'sites'>, count: number): Architecture['sites'] {
  const central = arch.sites.find((s) => s.kind === 'central')!;
  return [
    central,
    ...Array.from({ length: count }, (_, i) => ({
      id: fleetSiteId(i + 1),
      name: `Edge site ${i + 1}`,
      kind: 'edge' as const,
    })),
  ];
}

/** A cut of a fleet of `count` sites, resolved against its sites only. */
export function resolveFleetCut(arch: Pick<Architecture, 'sites'>, count: number, cut: Cut): CutResolution {
  return resolveCut({ sites: fleetSites(arch, count) }, cut);
}

/**
 * The capabilities at one fleet site, without expanding the fleet: the fleet site is a copy of the
 * template site, so it is the template site under the same conditions (cut when the fleet site is
 * cut, upgraded when it is). A unit test checks this against the states of the expanded fleet.
 */
export function fleetCapabilitiesAt(
  arch: ArchitectureShape,
  fleetCut: CutResolution,
  seconds: number,
  fleetSite: string,
  conditions: Conditions = NORMAL,
): CapabilityAtSite[] {
  const template = templateSite(arch).id;
  const cut: CutResolution = {
    centralDown: fleetCut.centralDown,
    cutSites: new Set(fleetCut.cutSites.has(fleetSite) ? [template] : []),
  };
  const upgrade = conditions.upgrade;
  const atTemplate =
    upgrade && !upgrade.central ? { ...upgrade, site: upgrade.site === fleetSite ? template : '' } : upgrade;
  return capabilitiesAt(arch, cut, seconds, template, { ...conditions, upgrade: atTemplate });
}

/** The edge sites one answer stands for, and the answer: sites with the same answer are folded. */
export interface SiteCapabilities {
  siteIds: string[];
  capabilities: CapabilityAtSite[];
}

// Sites fold on their states alone: the limiting components of two sites are each site's own copies.
const signature = (list: readonly CapabilityAtSite[]) => list.map((c) => `${c.capability}:${c.state}`).join('|');

/**
 * Capabilities at each of the given edge sites, sites with identical answers folded into one entry
 * (so two identical edge sites, or a thousand fleet sites, read as one answer).
 * @param sites a documented architecture's edge site ids, or `fleet-K` ids when `fleet` is given
 * @param fleet the fleet's cut resolution: `sites` are then fleet sites
 */
export function capabilitiesBySite(
  arch: ArchitectureShape,
  cut: CutResolution,
  seconds: number,
  sites: readonly string[],
  fleet = false,
  conditions: Conditions = NORMAL,
): SiteCapabilities[] {
  const groups = new Map<string, SiteCapabilities>();
  for (const siteId of sites) {
    const capabilities = fleet
      ? fleetCapabilitiesAt(arch, cut, seconds, siteId, conditions)
      : capabilitiesAt(arch, cut, seconds, siteId, conditions);
    const key = signature(capabilities);
    const group = groups.get(key);
    if (group) group.siteIds.push(siteId);
    else groups.set(key, { siteIds: [siteId], capabilities });
  }
  return [...groups.values()];
}
