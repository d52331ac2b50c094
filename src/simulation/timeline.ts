/**
 * Time in a cut: the moments an architecture's data documents, what happens at each for one cut
 * site, and which reconnect story a cut of a given length ends with.
 */
import type { GraphArchitecture, GraphComponent } from '../model/dataset';
import { parseDuration } from '../model/duration';
import type { Architecture, Component, Moment } from '../model/schema';

const secondsOf = (moment: Pick<Moment, 'after'>) => parseDuration(moment.after) ?? 0;

const momentsByComponents = new WeakMap<readonly unknown[], number[]>();

/**
 * Every moment any component documents, in seconds, ascending: the stops of the time control. Once per
 * list of components: the time control and its keys ask on every cut, and a fleet has 15,000 of them.
 */
export function momentsOf(arch: Pick<GraphArchitecture, 'components'>): number[] {
  const known = momentsByComponents.get(arch.components);
  if (known) return known;
  const all = new Set<number>();
  for (const c of arch.components) for (const m of c.disconnected.timeline ?? []) all.add(secondsOf(m));
  const moments = [...all].sort((a, b) => a - b);
  momentsByComponents.set(arch.components, moments);
  return moments;
}

export interface TimelineEntry {
  seconds: number;
  component: Component;
  moment: Moment;
}

/**
 * What happens over time when `siteId` is cut: the moments of its own components and of the central
 * components (which act towards it), in order.
 */
export function siteTimeline(arch: Pick<Architecture, 'sites' | 'components'>, siteId: string): TimelineEntry[] {
  const central = new Set(arch.sites.filter((s) => s.kind === 'central').map((s) => s.id));
  const entries: TimelineEntry[] = [];
  for (const component of arch.components) {
    if (component.site !== siteId && !central.has(component.site)) continue;
    for (const moment of component.disconnected.timeline ?? [])
      entries.push({ seconds: secondsOf(moment), component, moment });
  }
  return entries.sort((a, b) => a.seconds - b.seconds);
}

/** The reconnect story for a cut that lasted `seconds`: the latest moment's own story if it has one. */
export function reconnectStory(component: Pick<Component, 'disconnected'>, seconds: number): string {
  let story = component.disconnected.reconnect;
  for (const moment of component.disconnected.timeline ?? []) {
    if (secondsOf(moment) <= seconds && moment.reconnect) story = moment.reconnect;
  }
  return story;
}

/** Whether there is more to a component's story than its state just after the cut. */
export const changesOverTime = (component: Pick<GraphComponent, 'disconnected'>) =>
  (component.disconnected.timeline?.length ?? 0) > 0;

const DAY = 86400;
/** Round times between the documented moments, so "10 min" or "40 days" is a stop too. */
const LADDER = [
  30,
  60,
  120,
  300,
  600,
  900,
  1800,
  3600,
  7200,
  21600,
  43200,
  DAY,
  2 * DAY,
  3 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  40 * DAY,
  60 * DAY,
  90 * DAY,
  180 * DAY,
  365 * DAY,
];

/** The time control's stops: just cut, the round times, every documented moment, and the time shown. */
export function timeStops(architectures: readonly Pick<GraphArchitecture, 'components'>[], t = 0): number[] {
  return [...new Set([0, ...LADDER, ...architectures.flatMap((a) => momentsOf(a)), t])].sort((a, b) => a - b);
}

/** The time one stop later (`step` 1) or earlier (-1), for the [ and ] keys. */
export function stepTime(architectures: readonly Pick<GraphArchitecture, 'components'>[], t: number, step: 1 | -1) {
  const stops = timeStops(architectures, t);
  return stops[Math.min(stops.length - 1, Math.max(0, stops.indexOf(t) + step))]!;
}
