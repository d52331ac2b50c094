/**
 * The simulation: from the user's cut, and how long it has lasted, to each component's state. Pure
 * and cheap, so the graph, the summary, the panel and the tests all derive the same answer.
 */
import { parseDuration } from '../model/duration';
import type { GraphArchitecture, GraphComponent } from '../model/dataset';
import type { Moment, Status } from '../model/schema';
import type { CutResolution } from './cut';

export type ComponentState =
  | { state: 'connected' }
  /**
   * An edge component on a cut site, or a central component towards the cut sites. `moment` is the
   * index of the timeline moment in force (null: as just cut).
   */
  | { state: Status; reason: 'site-cut' | 'towards-cut'; moment: number | null }
  /** A central component when the central site has failed. */
  | { state: 'unavailable'; reason: 'central-down'; moment: null };

export type DisplayState = ComponentState['state'];

const CONNECTED: ComponentState = { state: 'connected' };

/** The index of the last moment of a timeline that has begun `seconds` into the cut, or null. */
export function momentAt(timeline: readonly Pick<Moment, 'after'>[] | undefined, seconds: number): number | null {
  let found: number | null = null;
  timeline?.forEach((moment, index) => {
    if ((parseDuration(moment.after) ?? Infinity) <= seconds) found = index;
  });
  return found;
}

/** What a cut component is, `seconds` into the cut: its timeline's latest moment, else its status when just cut. */
function cutState(
  component: Pick<GraphComponent, 'disconnected'>,
  reason: 'site-cut' | 'towards-cut',
  seconds: number,
): ComponentState {
  const moment = momentAt(component.disconnected.timeline, seconds);
  const status = moment === null ? component.disconnected.status : component.disconnected.timeline![moment]!.status;
  return { state: status, reason, moment };
}

export function componentState(
  component: Pick<GraphComponent, 'site' | 'disconnected'>,
  siteKind: 'central' | 'edge' | undefined,
  cut: CutResolution,
  seconds = 0,
): ComponentState {
  if (siteKind === 'central') {
    if (cut.centralDown) return { state: 'unavailable', reason: 'central-down', moment: null };
    if (cut.cutSites.size > 0) return cutState(component, 'towards-cut', seconds);
    return CONNECTED;
  }
  if (cut.cutSites.has(component.site)) return cutState(component, 'site-cut', seconds);
  return CONNECTED;
}

/** Every component's state at once, for the graph and the summary. */
export function componentStates(
  arch: Pick<GraphArchitecture, 'sites' | 'components'>,
  cut: CutResolution,
  seconds = 0,
): Map<string, ComponentState> {
  const siteKind = new Map(arch.sites.map((s) => [s.id, s.kind]));
  return new Map(arch.components.map((c) => [c.id, componentState(c, siteKind.get(c.site), cut, seconds)]));
}
