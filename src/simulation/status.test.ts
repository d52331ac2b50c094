import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../test/fixtureData';
import { resolveCut } from './cut';
import { expandFleet } from './fleet';
import { componentState, componentStates, momentAt, NORMAL, resolveUpgrade, stateFor, thresholdAt } from './status';

describe('componentState', async () => {
  const { architecture } = await tinyBundle();
  const byId = (id: string) => architecture.components.find((c) => c.id === id)!;
  const cutEast = resolveCut(architecture, { kind: 'sites', sites: ['east'] });

  it('gives a component on a cut site its data status, and a component elsewhere none', () => {
    expect(componentState(byId('east-agent'), 'edge', cutEast)).toEqual({
      state: 'degraded',
      reason: 'site-cut',
      moment: null,
    });
    expect(componentState(byId('west-agent'), 'edge', cutEast)).toEqual({ state: 'connected' });
  });

  it('gives central components their status towards the cut sites, and unavailable when central fails', () => {
    expect(componentState(byId('scheduler'), 'central', cutEast)).toEqual({
      state: 'unavailable',
      reason: 'towards-cut',
      moment: null,
    });
    expect(componentState(byId('scheduler'), 'central', resolveCut(architecture, { kind: 'none' }))).toEqual({
      state: 'connected',
    });
    expect(componentState(byId('api'), 'central', resolveCut(architecture, { kind: 'central' }), 600)).toEqual({
      state: 'unavailable',
      reason: 'central-down',
      moment: null,
    });
  });

  it('follows the timeline: the latest moment that has begun decides', () => {
    const agent = byId('east-agent');
    expect(componentState(agent, 'edge', cutEast, 29 * 86400)).toMatchObject({ state: 'degraded', moment: null });
    expect(componentState(agent, 'edge', cutEast, 30 * 86400)).toMatchObject({ state: 'unavailable', moment: 0 });
    const api = byId('api');
    expect(componentState(api, 'central', cutEast, 39)).toMatchObject({ moment: null });
    expect(componentState(api, 'central', cutEast, 40)).toMatchObject({ moment: 0 });
    expect(componentState(api, 'central', cutEast, 3600)).toMatchObject({ moment: 1 });
  });

  it('computes every state at once, for the graph and the summary', () => {
    const states = componentStates(architecture, resolveCut(architecture, { kind: 'all' }), 30 * 86400);
    expect(states.get('east-agent')).toMatchObject({ state: 'unavailable', reason: 'site-cut' });
    expect(states.get('west-agent')).toMatchObject({ state: 'degraded', reason: 'site-cut' });
    expect(states.get('east-cache')).toMatchObject({ state: 'operational' });
    expect(states.size).toBe(architecture.components.length);
  });
});

describe('a slow WAN and an upgrade', async () => {
  const { architecture } = await tinyBundle();
  const byId = (id: string) => architecture.components.find((c) => c.id === id)!;
  const none = resolveCut(architecture, { kind: 'none' });
  const slow = (rtt: number) => ({ rtt, upgrade: null });

  it('takes the highest threshold the round trip is above: none at 100 ms, degraded at 150, unavailable at 400', () => {
    const api = byId('api');
    expect(componentState(api, 'central', none, 0, slow(100))).toEqual({ state: 'connected' });
    expect(componentState(api, 'central', none, 0, slow(150))).toEqual({
      state: 'degraded',
      reason: 'slow-wan',
      threshold: 0,
      moment: null,
    });
    expect(componentState(api, 'central', none, 0, slow(400))).toMatchObject({ state: 'unavailable', threshold: 1 });
    // A note without a threshold never changes the state.
    expect(componentState(byId('east-agent'), 'edge', none, 0, slow(2000))).toEqual({ state: 'connected' });
    expect(thresholdAt([{ above: '100ms' }], 0)).toBeNull();
  });

  it('cuts a cut site whatever the round trip, and slows what the other sites get', () => {
    const cutEast = resolveCut(architecture, { kind: 'sites', sites: ['east'] });
    const api = byId('api');
    // In the diagram: the worst any edge site sees (towards east, cut).
    expect(componentState(api, 'central', cutEast, 0, slow(150), 2)).toMatchObject({ reason: 'towards-cut' });
    // West, not cut, sees the slow link; east sees the cut.
    expect(stateFor(api, 'central', 'west', cutEast, 0, slow(150))).toMatchObject({
      state: 'degraded',
      reason: 'slow-wan',
    });
    expect(stateFor(api, 'central', 'east', cutEast, 0, slow(150))).toMatchObject({ reason: 'towards-cut' });
    // Every site cut: no link is slow any more.
    const all = resolveCut(architecture, { kind: 'all' });
    const states = componentStates(architecture, all, 0, slow(400));
    expect(states.get('api')).toMatchObject({ reason: 'towards-cut', state: 'unavailable' });
  });

  it('gives the upgraded site its upgrade states, with spare capacity when there is some', () => {
    const east = resolveUpgrade(architecture, 'east', false);
    expect(componentStates(architecture, none, 0, { rtt: 0, upgrade: east }).get('east-agent')).toEqual({
      state: 'unavailable',
      reason: 'upgrade',
      spare: false,
      moment: null,
    });
    const spare = componentStates(architecture, none, 0, {
      rtt: 0,
      upgrade: resolveUpgrade(architecture, 'east', true),
    });
    expect(spare.get('east-agent')).toMatchObject({ state: 'operational', reason: 'upgrade', spare: true });
    expect(spare.get('west-agent')).toEqual({ state: 'connected' });
    const central = componentStates(architecture, none, 0, {
      rtt: 0,
      upgrade: resolveUpgrade(architecture, 'central', false),
    });
    expect(central.get('api')).toMatchObject({ state: 'degraded', reason: 'upgrade' });
    // Nothing documented: not affected.
    expect(central.get('scheduler')).toEqual({ state: 'connected' });
    expect(resolveUpgrade(architecture, 'edge', false)).toEqual({ site: 'east', central: false, spare: false });
    expect(resolveUpgrade(architecture, 'north', false)).toBeNull();
  });
});

describe('momentAt', () => {
  it('finds the last moment that has begun, or none', () => {
    const timeline = [{ after: '40s' }, { after: '5m' }, { after: '1d' }];
    expect(momentAt(timeline, 0)).toBeNull();
    expect(momentAt(timeline, 40)).toBe(0);
    expect(momentAt(timeline, 299)).toBe(0);
    expect(momentAt(timeline, 300)).toBe(1);
    expect(momentAt(timeline, 10 ** 9)).toBe(2);
    expect(momentAt(undefined, 100)).toBeNull();
  });
});

describe('componentStates on a fleet', async () => {
  const fleet = expandFleet(await tinyBundle(), 40).architecture;
  const kinds = new Map(fleet.sites.map((s) => [s.id, s.kind]));
  const one = (
    c: (typeof fleet.components)[number],
    cut: ReturnType<typeof resolveCut>,
    seconds: number,
    conditions = NORMAL,
  ) => componentState(c, kinds.get(c.site), cut, seconds, conditions, fleet.sites.length - 1);

  it('gives each copy the state it would have alone, under random cuts, times, a slow WAN and an upgrade', () => {
    const edge = fleet.sites.filter((s) => s.kind === 'edge').map((s) => s.id);
    const upgrade = resolveUpgrade(fleet, edge[3]!, false);
    for (const [seed, seconds, conditions] of [
      [1, 0, NORMAL],
      [2, 600, { rtt: 400, upgrade: null }],
      [3, 30 * 86400, { rtt: 150, upgrade }],
    ] as const) {
      const cut = resolveCut(fleet, { kind: 'random', percent: 30, seed });
      expect(cut.cutSites.size).toBeGreaterThan(0);
      const states = componentStates(fleet, cut, seconds, conditions);
      for (const c of fleet.components) expect(states.get(c.id), c.id).toEqual(one(c, cut, seconds, conditions));
    }
  });

  it('works a state out when asked, the same whether asked one by one, all at once, or in a mix', () => {
    const cut = resolveCut(fleet, { kind: 'random', percent: 30, seed: 4 });
    const expected = fleet.components.map((c) => [c.id, one(c, cut, 600)] as const);
    // Asked for a few first (as a fleet's overview asks for the central site's), then iterated (as a summary).
    const mixed = componentStates(fleet, cut, 600);
    const last = fleet.components.at(-1)!.id;
    expect(mixed.get(last)).toEqual(one(fleet.components.at(-1)!, cut, 600));
    expect(mixed.has('no-such-component')).toBe(false);
    expect(mixed.get('no-such-component')).toBeUndefined();
    // In the architecture's order, whatever was asked first.
    expect([...mixed]).toEqual(expected);
    expect(mixed.size).toBe(fleet.components.length);
    expect([...mixed.keys()]).toEqual(fleet.components.map((c) => c.id));
    const seen: string[] = [];
    mixed.forEach((state, id, map) => {
      expect(map.get(id)).toBe(state);
      seen.push(id);
    });
    expect(seen).toEqual([...mixed.keys()]);
    // Iterated before any is asked for.
    expect([...componentStates(fleet, cut, 600).values()]).toEqual(expected.map(([, state]) => state));
  });
});
