import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../test/fixtureData';
import { resolveCut } from './cut';
import { componentState, componentStates, momentAt } from './status';

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
