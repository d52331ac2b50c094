/**
 * The first picture of an architecture is drawn from its graph chunk alone (graphOf): it must be the
 * picture the full data gives, in every state a user can reach, and carry none of the prose.
 */
import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../../../test/fixtureData';
import { graphOf } from '../../../model/dataset';
import { parseDuration } from '../../../model/duration';
import { resolveCut, type Cut } from '../../../simulation/cut';
import { expandFleet } from '../../../simulation/fleet';
import { componentStates } from '../../../simulation/status';
import { summariseCut } from '../../../simulation/cutSummary';
import { toFlow } from './toFlow';

describe('the graph chunk', async () => {
  const full = await tinyBundle();
  const graph = graphOf(full);
  const edge = full.architecture.sites.find((s) => s.kind === 'edge')!.id;
  const cuts: Cut[] = [{ kind: 'none' }, { kind: 'all' }, { kind: 'central' }, { kind: 'sites', sites: [edge] }];
  const times = [
    0,
    ...full.architecture.components.flatMap((c) => c.disconnected.timeline ?? []).map((m) => parseDuration(m.after)!),
  ];

  it('has moments to test against', () => {
    expect(times.length).toBeGreaterThan(1);
  });

  it('carries no prose', () => {
    const json = JSON.stringify(graph);
    for (const key of ['"role"', '"impact"', '"reconnect"', '"change"', '"sources"', '"summary"', '"tour"'])
      expect(json).not.toContain(key);
    expect(json.length).toBeLessThan(JSON.stringify(full).length);
  });

  it('draws the same diagram as the full data, under every cut and at every moment', () => {
    for (const cut of cuts)
      for (const t of times) {
        const drawn = (bundle: typeof graph) => {
          const resolution = resolveCut(bundle.architecture, cut);
          const states = componentStates(bundle.architecture, resolution, t);
          const summary = summariseCut(bundle.architecture, resolution, states);
          return {
            states: [...states],
            flow: toFlow({ ...bundle, cut: resolution, states }),
            totals: summary.totals,
            ids: summary.sites.map((s) => Object.values(s.byStatus).map((cs) => cs.map((c) => c.id))),
          };
        };
        expect(drawn(graph)).toEqual(drawn(full));
      }
  });

  it('expands into the same fleet', () => {
    const a = expandFleet(graph, 7);
    const b = expandFleet(full, 7);
    expect(a.layout).toEqual(b.layout);
    expect(a.architecture.components.map((c) => [c.id, c.site])).toEqual(
      b.architecture.components.map((c) => [c.id, c.site]),
    );
  });
});
