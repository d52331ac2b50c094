/**
 * The plain-words summary of a cut: per cut site (or per group of identical fleet sites) the counts
 * per status and what still works and what does not, taken from the data's impact texts. Apart from
 * summary.ts, which the first graph needs: only the panels, compare and exports load this.
 */
import type { GraphArchitecture, GraphComponent } from '../model/dataset';
import type { Component, Status } from '../model/schema';
import { statusValues } from '../model/vocabulary';
import type { CutResolution } from './cut';
import type { ComponentState } from './status';
import { emptyCounts } from './summary';

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
