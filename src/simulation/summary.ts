/**
 * The plain-words summary of a cut: per cut site (or per group of identical fleet sites) the counts
 * per status and what still works and what does not, taken from the data's impact texts.
 */
import type { GraphArchitecture, GraphComponent } from '../model/dataset';
import type { Component, Status } from '../model/schema';
import { statusValues } from '../model/vocabulary';
import type { CutResolution } from './cut';
import type { ComponentState } from './status';

export interface SiteSummary<C extends GraphComponent = Component> {
  /** The cut sites this entry stands for: one for documented sites, many for a generated fleet. */
  siteIds: string[];
  siteName: string;
  counts: Record<Status, number>;
  byStatus: Record<Status, C[]>;
}

export interface CutSummary<C extends GraphComponent = Component> {
  sites: SiteSummary<C>[];
  central: { down: boolean; components: C[] };
  totals: Record<Status, number>;
  cutSiteCount: number;
  edgeSiteCount: number;
}

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

export function summariseCut<C extends GraphComponent>(
  arch: Pick<GraphArchitecture, 'sites'> & { components: readonly C[] },
  cut: CutResolution,
  states: ReadonlyMap<string, ComponentState>,
  /** Sites with the same key are identical (a generated fleet) and are summarised once. */
  groupKey: (siteId: string) => string = (siteId) => siteId,
): CutSummary<C> {
  const edgeSites = arch.sites.filter((s) => s.kind === 'edge');
  const central = arch.sites.find((s) => s.kind === 'central')!;
  const bySite = new Map<string, C[]>();
  for (const c of arch.components) {
    const list = bySite.get(c.site);
    if (list) list.push(c);
    else bySite.set(c.site, [c]);
  }

  const groups = new Map<string, SiteSummary<C>>();
  const totals = emptyCounts();
  for (const site of edgeSites) {
    if (!cut.cutSites.has(site.id)) continue;
    const members = bySite.get(site.id) ?? [];
    const key = groupKey(site.id);
    let group = groups.get(key);
    if (!group) {
      group = {
        siteIds: [],
        siteName: site.name,
        counts: emptyCounts(),
        byStatus: { operational: [], degraded: [], unavailable: [] },
      };
      for (const c of members) {
        const state = states.get(c.id);
        if (state && state.state !== 'connected') {
          group.counts[state.state]++;
          group.byStatus[state.state].push(c);
        }
      }
      groups.set(key, group);
    }
    group.siteIds.push(site.id);
    for (const status of statusValues) totals[status] += group.counts[status];
  }
  return {
    sites: [...groups.values()],
    central: { down: cut.centralDown, components: cut.cutSites.size > 0 ? (bySite.get(central.id) ?? []) : [] },
    totals,
    cutSiteCount: cut.cutSites.size,
    edgeSiteCount: edgeSites.length,
  };
}

/** One line for titles, exports and screen readers: what is cut right now. */
export function describeCut(arch: Pick<GraphArchitecture, 'sites'>, cut: CutResolution): string {
  if (cut.centralDown) return 'Central site failed: every edge site is cut off';
  const edges = arch.sites.filter((s) => s.kind === 'edge');
  if (cut.cutSites.size === 0) return 'All WAN links connected';
  if (cut.cutSites.size === edges.length) return `All ${edges.length} edge sites cut off`;
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
