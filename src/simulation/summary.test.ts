import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../test/fixtureData';
import { resolveCut } from './cut';
import { expandFleet } from './fleet';
import { componentStates } from './status';
import { summariseCut } from './cutSummary';
import { countStatuses, describeCut, firstSentence } from './summary';

describe('summariseCut', async () => {
  const bundle = await tinyBundle();
  const { architecture } = bundle;

  it("lists each cut site's components by status, and the central components towards it", () => {
    const cut = resolveCut(architecture, { kind: 'sites', sites: ['east'] });
    const summary = summariseCut(architecture, cut, componentStates(architecture, cut));
    expect(summary.sites).toHaveLength(1);
    const east = summary.sites[0]!;
    expect(east.siteIds).toEqual(['east']);
    expect(east.counts).toEqual({ operational: 2, degraded: 1, unavailable: 0 });
    expect(east.byStatus.degraded.map((c) => c.id)).toEqual(['east-agent']);
    expect(summary.central.components.map((c) => c.id)).toEqual(['api', 'scheduler']);
    expect(summary).toMatchObject({
      cutSiteCount: 1,
      edgeSiteCount: 2,
      totals: { operational: 2, degraded: 1, unavailable: 0 },
    });
  });

  it('counts the states at a time into the cut', () => {
    const cut = resolveCut(architecture, { kind: 'all' });
    const late = summariseCut(architecture, cut, componentStates(architecture, cut, 30 * 86400));
    expect(late.sites.find((s) => s.siteIds[0] === 'east')!.counts).toEqual({
      operational: 2,
      degraded: 0,
      unavailable: 1,
    });
  });

  it('summarises identical fleet sites once, with fleet-wide totals', () => {
    const fleet = expandFleet(bundle, 200);
    const cut = resolveCut(fleet.architecture, { kind: 'random', percent: 25, seed: 3 });
    const summary = summariseCut(fleet.architecture, cut, componentStates(fleet.architecture, cut), () => 'fleet');
    expect(summary.cutSiteCount).toBe(50);
    expect(summary.sites).toHaveLength(1);
    expect(summary.sites[0]!.siteIds).toHaveLength(50);
    expect(summary.totals.degraded).toBe(summary.sites[0]!.counts.degraded * 50);
  });

  it('counts only the components that are cut', () => {
    const cut = resolveCut(architecture, { kind: 'sites', sites: ['west'] });
    expect(countStatuses(architecture.components, componentStates(architecture, cut))).toEqual({
      operational: 1,
      degraded: 1,
      unavailable: 2,
    });
  });
});

describe('describeCut', async () => {
  const { architecture } = await tinyBundle();
  it('says in one line what is cut', () => {
    expect(describeCut(architecture, resolveCut(architecture, { kind: 'none' }))).toBe('All WAN links connected');
    expect(describeCut(architecture, resolveCut(architecture, { kind: 'all' }))).toBe('All 2 edge sites cut off');
    expect(describeCut(architecture, resolveCut(architecture, { kind: 'sites', sites: ['west'] }))).toBe(
      'Cut off: West',
    );
    expect(describeCut(architecture, resolveCut(architecture, { kind: 'central' }))).toBe(
      'Central site failed: every edge site is cut off',
    );
    // With one edge site, "all" is that site, by name.
    const single = { ...architecture, sites: architecture.sites.filter((s) => s.id !== 'west') };
    expect(describeCut(single, resolveCut(single, { kind: 'all' }))).toBe('Cut off: East (the only edge site)');
  });
});

describe('firstSentence', () => {
  it('cuts at the first full stop', () => {
    expect(firstSentence('Running VMs keep running; no new VM can be scheduled. More.')).toBe(
      'Running VMs keep running; no new VM can be scheduled.',
    );
    expect(firstSentence('No punctuation')).toBe('No punctuation');
    expect(firstSentence('Uses v1.2 of the API. Then more.')).toBe('Uses v1.2 of the API.');
  });
});
