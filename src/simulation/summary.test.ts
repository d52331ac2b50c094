import { describe, expect, it } from 'vitest';
import { componentStates, resolveCut } from './status';
import { firstSentence, summariseCut } from './summary';
import { shippedBundles } from '../../test/shippedData';
import { expandFleet } from './fleet';

describe('summariseCut', async () => {
  const bundles = await shippedBundles();
  for (const { architecture } of bundles.values()) {
    it(`${architecture.id}: counts and lists each cut site's components by their data status`, () => {
      const cut = resolveCut(architecture, { kind: 'all' });
      const summary = summariseCut(architecture, cut, componentStates(architecture, cut));
      const edges = architecture.sites.filter((s) => s.kind === 'edge');
      expect(summary.sites.map((s) => s.siteIds[0])).toEqual(edges.map((s) => s.id));
      for (const site of summary.sites) {
        const members = architecture.components.filter((c) => c.site === site.siteIds[0]);
        for (const status of ['operational', 'degraded', 'unavailable'] as const) {
          const expected = members.filter((c) => c.disconnected.status === status);
          expect(site.byStatus[status].map((c) => c.id)).toEqual(expected.map((c) => c.id));
          expect(site.counts[status]).toBe(expected.length);
        }
      }
    });
  }

  it('summarises identical fleet sites once, with fleet-wide totals', () => {
    const bundle = expandFleet(bundles.get('tripleo-dcn')!, 200);
    const cut = resolveCut(bundle.architecture, { kind: 'random', percent: 25, seed: 3 });
    const summary = summariseCut(bundle.architecture, cut, componentStates(bundle.architecture, cut), () => 'fleet');
    expect(summary.cutSiteCount).toBe(50);
    expect(summary.sites).toHaveLength(1);
    expect(summary.sites[0]!.siteIds).toHaveLength(50);
    const perSite = summary.sites[0]!.counts;
    expect(summary.totals.degraded).toBe(perSite.degraded * 50);
  });
});

describe('firstSentence', () => {
  it('cuts at the first full stop', () => {
    expect(firstSentence('Running VMs keep running; no new VM can be scheduled. More.')).toBe('Running VMs keep running; no new VM can be scheduled.');
    expect(firstSentence('No punctuation')).toBe('No punctuation');
    expect(firstSentence('Uses v1.2 of the API. Then more.')).toBe('Uses v1.2 of the API.');
  });
});
