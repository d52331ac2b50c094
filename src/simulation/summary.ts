/** Counts per status and one-line descriptions of a cut, for the diagram, titles and exports. */
import type { GraphArchitecture } from '../model/dataset';
import type { Component, Status } from '../model/schema';
import type { CutResolution } from './cut';
import type { ComponentState } from './status';

export type StatusCounts = Record<Status, number>;
export const emptyCounts = (): StatusCounts => ({ operational: 0, degraded: 0, unavailable: 0 });

/** How many of `components` are in each status under the cut (connected ones are not counted). */
export function countStatuses(
  components: readonly Pick<Component, 'id'>[],
  states: ReadonlyMap<string, ComponentState>,
): StatusCounts {
  const counts = emptyCounts();
  for (const c of components) {
    const s = states.get(c.id)?.state;
    if (s && s !== 'connected') counts[s]++;
  }
  return counts;
}

/** The first sentence, for one-line lists; the panel shows the whole text. */
export function firstSentence(text: string): string {
  const match = /^(.+?\.)(\s|$)/.exec(text);
  return (match ? match[1]! : text).trim();
}

/** One line for titles, exports and screen readers: what is cut right now. */
export function describeCut(arch: Pick<GraphArchitecture, 'sites'>, cut: CutResolution): string {
  if (cut.centralDown) return 'Central site failed: every edge site is cut off';
  const edges = arch.sites.filter((s) => s.kind === 'edge');
  if (cut.cutSites.size === 0) return 'All WAN links connected';
  if (cut.cutSites.size === edges.length)
    return edges.length === 1
      ? `Cut off: ${edges[0]!.name} (the only edge site)`
      : `All ${edges.length} edge sites cut off`;
  const names = edges.filter((s) => cut.cutSites.has(s.id)).map((s) => s.name);
  return names.length <= 3 ? `Cut off: ${names.join(', ')}` : `${names.length} of ${edges.length} edge sites cut off`;
}

/** What a component does now: the latest moment of its timeline that has begun, or its state just after the cut. */
export function nowText(component: Component, state: ComponentState | undefined): string {
  const moment =
    state && state.state !== 'connected' && state.moment !== null
      ? component.disconnected.timeline?.[state.moment]
      : undefined;
  return moment ? moment.change : firstSentence(component.disconnected.impact);
}
