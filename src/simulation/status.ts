/**
 * The simulation: from the user's conditions (a cut and how long it has lasted, a slow WAN, a site being
 * upgraded) to each component's state. Pure and cheap, so the graph, the summary, the panel and the
 * tests all derive the same answer. One rule, per condition:
 *
 * - a cut: an edge component on a cut site has its `disconnected` status (then its timeline's latest
 *   moment); a central component has it towards the cut sites; a failed central site is down;
 * - a slow WAN (`rtt` ms, every edge site's link that is not cut): a component has the status of its
 *   highest latency threshold below the round-trip time ("above 100ms" applies from 101 ms; none
 *   crossed: unaffected);
 * - an upgrade: a component on the site being upgraded has its `upgrade` status (`withSpare` when the
 *   site has spare capacity); a central component's is what the edge sites get from it meanwhile;
 * - several at once: the worst decides (a cut site is cut whatever the round-trip time).
 */
import { parseDuration } from '../model/duration';
import type { GraphArchitecture, GraphComponent } from '../model/dataset';
import type { Moment, Status } from '../model/schema';
import type { CutResolution } from './cut';
import { componentById } from './lookup';

export type ComponentState =
  | { state: 'connected' }
  /**
   * An edge component on a cut site, or a central component towards the cut sites. `moment` is the
   * index of the timeline moment in force (null: as just cut).
   */
  | { state: Status; reason: 'site-cut' | 'towards-cut'; moment: number | null }
  /** A central component when the central site has failed. */
  | { state: 'unavailable'; reason: 'central-down'; moment: null }
  /** Over a slow WAN: `threshold` is the index of the latency threshold in force. */
  | { state: Status; reason: 'slow-wan'; threshold: number; moment: null }
  /** On the site being upgraded (`spare`: with spare capacity). */
  | { state: Status; reason: 'upgrade'; spare: boolean; moment: null };

export type DisplayState = ComponentState['state'];

/** Best first: a state is as good as its rank. */
export const stateRank: Record<DisplayState, number> = { connected: 3, operational: 2, degraded: 1, unavailable: 0 };

/** The site being upgraded, as resolved against an architecture's sites. */
export interface UpgradeResolution {
  site: string;
  central: boolean;
  /** The site has spare capacity (a surge machine, a second box). */
  spare: boolean;
}

/** The conditions beside the cut: how slow the WAN is (ms, 0: as documented) and what is being upgraded. */
export interface Conditions {
  rtt: number;
  upgrade: UpgradeResolution | null;
}
export const NORMAL: Conditions = { rtt: 0, upgrade: null };

/** `upgrade=central`, `upgrade=edge` (the first edge site) or a site id, against an architecture's sites. */
export function resolveUpgrade(
  arch: Pick<GraphArchitecture, 'sites'>,
  spec: string | null,
  spare: boolean,
): UpgradeResolution | null {
  if (spec === null) return null;
  const site =
    spec === 'central'
      ? arch.sites.find((s) => s.kind === 'central')
      : spec === 'edge'
        ? arch.sites.find((s) => s.kind === 'edge')
        : arch.sites.find((s) => s.id === spec);
  return site ? { site: site.id, central: site.kind === 'central', spare } : null;
}

const CONNECTED: ComponentState = { state: 'connected' };

/** The index of the last moment of a timeline that has begun `seconds` into the cut, or null. */
export function momentAt(timeline: readonly Pick<Moment, 'after'>[] | undefined, seconds: number): number | null {
  let found: number | null = null;
  timeline?.forEach((moment, index) => {
    if ((parseDuration(moment.after) ?? Infinity) <= seconds) found = index;
  });
  return found;
}

/** The round-trip time in ms of a threshold's `above` ("100ms"). */
export const rttOf = (above: string) => Number(above.slice(0, -2));

/** The index of the highest latency threshold that `rtt` is above, or null. */
export function thresholdAt(thresholds: readonly { above: string }[] | undefined, rtt: number): number | null {
  let found: number | null = null;
  if (rtt > 0) thresholds?.forEach((t, index) => rttOf(t.above) < rtt && (found = index));
  return found;
}

type StateSource = Pick<GraphComponent, 'site' | 'disconnected' | 'latency' | 'upgrade'>;

/** What a cut component is, `seconds` into the cut: its timeline's latest moment, else its status when just cut. */
function cutState(component: StateSource, reason: 'site-cut' | 'towards-cut', seconds: number): ComponentState {
  const moment = momentAt(component.disconnected.timeline, seconds);
  const status = moment === null ? component.disconnected.status : component.disconnected.timeline![moment]!.status;
  return { state: status, reason, moment };
}

/** The worst of several states (the first of equals). */
const worst = (states: readonly ComponentState[]) =>
  states.reduce<ComponentState>((w, s) => (stateRank[s.state] < stateRank[w.state] ? s : w), CONNECTED);

/** A component's state over a link that is up: a slow WAN and an upgrade of its site. */
function linkedState(component: StateSource, conditions: Conditions): ComponentState[] {
  const found: ComponentState[] = [];
  const threshold = thresholdAt(component.latency?.thresholds, conditions.rtt);
  if (threshold !== null)
    found.push({
      state: component.latency!.thresholds![threshold]!.status,
      reason: 'slow-wan',
      threshold,
      moment: null,
    });
  const upgrade = conditions.upgrade;
  if (upgrade && upgrade.site === component.site && component.upgrade) {
    const state = upgrade.spare ? (component.upgrade.withSpare ?? component.upgrade.status) : component.upgrade.status;
    found.push({ state, reason: 'upgrade', spare: upgrade.spare, moment: null });
  }
  return found;
}

/**
 * A component's state as the users of one edge site see it: for a component of that site, or a central
 * one (what the site gets from it). Capabilities are derived from these.
 */
export function stateFor(
  component: StateSource,
  siteKind: 'central' | 'edge' | undefined,
  site: string,
  cut: CutResolution,
  seconds = 0,
  conditions: Conditions = NORMAL,
): ComponentState {
  if (siteKind === 'central' && cut.centralDown) return { state: 'unavailable', reason: 'central-down', moment: null };
  if (cut.cutSites.has(site)) return cutState(component, siteKind === 'central' ? 'towards-cut' : 'site-cut', seconds);
  return worst(linkedState(component, conditions));
}

/**
 * A component's state in the diagram: an edge component's as its own site sees it, a central
 * component's the worst any edge site sees (towards the cut sites, over the slow links of the others).
 */
export function componentState(
  component: StateSource,
  siteKind: 'central' | 'edge' | undefined,
  cut: CutResolution,
  seconds = 0,
  conditions: Conditions = NORMAL,
  /** How many edge sites the architecture has: a central component is slowed only through a link that is not cut. */
  edgeSites = Infinity,
): ComponentState {
  if (siteKind !== 'central') return stateFor(component, siteKind, component.site, cut, seconds, conditions);
  if (cut.centralDown) return { state: 'unavailable', reason: 'central-down', moment: null };
  const states: ComponentState[] = [];
  if (cut.cutSites.size > 0) states.push(cutState(component, 'towards-cut', seconds));
  if (cut.cutSites.size < edgeSites) states.push(...linkedState(component, conditions));
  return worst(states);
}

/**
 * Every component's state, for the graph and the summary: each worked out the first time it is asked for.
 * A fleet's overview draws a few dozen of its 15,000 components (the central site's; the sites are tiles),
 * so a cut's first frame works out those, and the summary, a frame later, the rest. Iterated, the states
 * come in the architecture's order.
 */
export function componentStates(
  arch: Pick<GraphArchitecture, 'sites' | 'components'>,
  cut: CutResolution,
  seconds = 0,
  conditions: Conditions = NORMAL,
): ReadonlyMap<string, ComponentState> {
  const siteKind = new Map(arch.sites.map((s) => [s.id, s.kind]));
  const edgeSites = arch.sites.length - 1;
  // A fleet's copies of an edge component share its data: its state is worked out once for the cut
  // sites and once for the others, not 1,000 times (the states of 15,000 components took ~25 ms a cut).
  const shared = new Map<object, { source: StateSource; cut?: ComponentState; linked?: ComponentState }>();
  const stateOf = (c: StateSource): ComponentState => {
    const kind = siteKind.get(c.site);
    const own = () => componentState(c, kind, cut, seconds, conditions, edgeSites);
    if (kind !== 'edge' || conditions.upgrade?.site === c.site) return own();
    let entry = shared.get(c.disconnected);
    if (!entry) shared.set(c.disconnected, (entry = { source: c }));
    if (entry.source.latency !== c.latency || entry.source.upgrade !== c.upgrade) return own();
    return (entry[cut.cutSites.has(c.site) ? 'cut' : 'linked'] ??= own());
  };
  return new LazyStates(arch.components, stateOf);
}

class LazyStates implements ReadonlyMap<string, ComponentState> {
  readonly #asked = new Map<string, ComponentState>();
  #all: Map<string, ComponentState> | null = null;

  readonly #arch: { components: readonly GraphComponent[] };
  readonly #stateOf: (c: StateSource) => ComponentState;

  constructor(components: readonly GraphComponent[], stateOf: (c: StateSource) => ComponentState) {
    this.#arch = { components };
    this.#stateOf = stateOf;
  }

  get size() {
    return this.#every().size;
  }

  get(id: string): ComponentState | undefined {
    if (this.#all) return this.#all.get(id);
    let state = this.#asked.get(id);
    if (state === undefined) {
      const component = componentById(this.#arch, id);
      if (!component) return undefined;
      this.#asked.set(id, (state = this.#stateOf(component)));
    }
    return state;
  }

  has(id: string) {
    return componentById(this.#arch, id) !== undefined;
  }

  #every(): Map<string, ComponentState> {
    return (this.#all ??= new Map(this.#arch.components.map((c) => [c.id, this.#asked.get(c.id) ?? this.#stateOf(c)])));
  }

  forEach(each: (state: ComponentState, id: string, map: ReadonlyMap<string, ComponentState>) => void) {
    for (const [id, state] of this.#every()) each(state, id, this);
  }
  entries() {
    return this.#every().entries();
  }
  keys() {
    return this.#every().keys();
  }
  values() {
    return this.#every().values();
  }
  [Symbol.iterator]() {
    return this.#every()[Symbol.iterator]();
  }
}
