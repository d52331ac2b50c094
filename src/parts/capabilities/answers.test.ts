import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../../test/fixtureData';
import type { Architecture } from '../../model/schema';
import { answerText, columnOf, toMarkdown } from './answers';
import { catalogueOf } from './catalogue';
import type { Cut } from '../../simulation/cut';
import { CALM, type Scenario } from '../../simulation/scenario';

const at = (cut: Cut, seconds: number): Scenario => ({ ...CALM, cut, t: seconds || null });

describe('capability table content', async () => {
  const tiny = (await tinyBundle()).architecture;
  const other: Architecture = {
    ...tiny,
    id: 'other',
    name: 'Other | pipes',
    capabilities: [
      { capability: 'run-workloads', needs: ['east-agent'], sources: tiny.capabilities![0]!.sources },
      { capability: 'start-workload', notProvided: 'No scheduler at all.', sources: tiny.capabilities![0]!.sources },
    ],
  };
  const spec = (architecture: Architecture, site: string | null = null, sites: number | null = null) => ({
    architecture,
    site,
    sites,
  });

  it('answers for every cut edge site, folding sites with the same answers', () => {
    const column = columnOf(spec(tiny), at({ kind: 'all' }, 0));
    expect(column.caption).toBe('All 2 edge sites cut off');
    expect(column.answers.get('start-workload')!.map((a) => [a.siteLabel, a.result.state])).toEqual([
      ['East, West', 'unavailable'],
    ]);
    const differing = columnOf(spec(other), at({ kind: 'all' }, 30 * 86400));
    expect(differing.answers.get('run-workloads')!.map((a) => [a.siteLabel, a.result.state])).toEqual([
      ['East', 'unavailable'],
      ['West', 'not-at-site'],
    ]);
  });

  it('answers for one site, also of a fleet, and says when nothing is cut', () => {
    expect(
      columnOf(spec(tiny, 'west'), at({ kind: 'sites', sites: ['east'] }, 0)).answers.get('start-workload')![0]!.result
        .state,
    ).toBe('connected');
    const fleet = columnOf(spec(tiny, 'fleet-7', 20), at({ kind: 'sites', sites: ['fleet-7'] }, 0));
    expect(fleet.caption).toBe('Edge site 7 of 20');
    expect(fleet.answers.get('start-workload')![0]!.result.state).toBe('unavailable');
    const all = columnOf(spec(tiny, null, 300), at({ kind: 'random', percent: 30, seed: 1 }, 0));
    expect(all.answers.get('run-workloads')).toEqual([
      expect.objectContaining({
        siteLabel: 'each of 90 sites',
        result: expect.objectContaining({ state: 'operational' }),
      }),
    ]);
    const none = columnOf(spec(tiny), at({ kind: 'none' }, 0));
    expect(none.connected).toBe(true);
    expect(none.answers.get('run-workloads')![0]!.result.state).toBe('connected');
  });

  it('as Markdown: the cut and time, a row per capability, names of what limits it, pipes escaped', () => {
    const columns = [columnOf(spec(tiny), at({ kind: 'all' }, 300)), columnOf(spec(other), at({ kind: 'all' }, 300))];
    const markdown = toMarkdown(
      catalogueOf([tiny, other]),
      columns,
      300,
      'every edge site cut off',
      'https://x.org/#/',
    );
    expect(markdown.split('\n')).toEqual([
      '**What a cut-off edge site can still do** (every edge site cut off, 5 min into the cut; derived by the Edge Architecture Explorer)',
      '',
      '| Capability | Tiny (All 2 edge sites cut off) | Other \\| pipes (All 2 edge sites cut off) |',
      '| --- | --- | --- |',
      '| Run workloads | ✓ Operational | East: ◐ Degraded (limited by Agent); West: – Not at this site |',
      '| Start workload | ✕ Unavailable (limited by API, Scheduler) | ∅ Not provided (No scheduler at all.) |',
      '',
      'From the Edge Architecture Explorer: <https://x.org/#/>',
    ]);
    expect(answerText(tiny, columns[0]!.answers.get('run-workloads')![0]!, true)).toBe('East, West: ✓ Operational');
  });
});
