import { describe, expect, it } from 'vitest';
import type { Architecture, Component } from '../model/schema';
import { componentState, componentStates, isLinkSevered, randomSites, resolveCut, toggleSite } from './status';
import { shippedBundles } from '../../test/shippedData';

const sites: Architecture['sites'] = [
  { id: 'central', name: 'Central', kind: 'central' },
  { id: 'e1', name: 'Edge 1', kind: 'edge' },
  { id: 'e2', name: 'Edge 2', kind: 'edge' },
];
const component = (site: string, status: Component['disconnected']['status']) => ({
  site,
  disconnected: { status, impact: 'i', reconnect: 'r' },
});

describe('resolveCut', () => {
  it('resolves every kind of cut', () => {
    expect([...resolveCut({ sites }, { kind: 'none' }).cutSites]).toEqual([]);
    expect([...resolveCut({ sites }, { kind: 'all' }).cutSites]).toEqual(['e1', 'e2']);
    const central = resolveCut({ sites }, { kind: 'central' });
    expect(central.centralDown).toBe(true);
    expect([...central.cutSites]).toEqual(['e1', 'e2']);
    const listed = resolveCut({ sites }, { kind: 'sites', sites: ['e2', 'nope', 'central'] });
    expect([...listed.cutSites]).toEqual(['e2']);
    expect(listed.centralDown).toBe(false);
  });

  it('draws the same random share for the same seed, and the requested share', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `edge-${i + 1}`);
    const a = randomSites(ids, 30, 7);
    expect(a.size).toBe(300);
    expect([...randomSites(ids, 30, 7)]).toEqual([...a]);
    expect([...randomSites(ids, 30, 8)]).not.toEqual([...a]);
    expect(randomSites(ids, 0, 1).size).toBe(0);
    expect(randomSites(ids, 100, 1).size).toBe(1000);
  });
});

describe('componentState', () => {
  const cutE1 = resolveCut({ sites }, { kind: 'sites', sites: ['e1'] });
  it('gives a component on a cut site its data status', () => {
    expect(componentState(component('e1', 'degraded'), 'edge', cutE1)).toEqual({ state: 'degraded', reason: 'site-cut' });
    expect(componentState(component('e2', 'degraded'), 'edge', cutE1)).toEqual({ state: 'connected' });
  });
  it('gives central components their status towards the cut sites, and unavailable when central fails', () => {
    expect(componentState(component('central', 'operational'), 'central', cutE1)).toEqual({ state: 'operational', reason: 'towards-cut' });
    expect(componentState(component('central', 'operational'), 'central', resolveCut({ sites }, { kind: 'none' }))).toEqual({ state: 'connected' });
    expect(componentState(component('central', 'operational'), 'central', resolveCut({ sites }, { kind: 'central' }))).toEqual({
      state: 'unavailable',
      reason: 'central-down',
    });
  });
  it('severs only WAN links that touch a cut site or a failed centre', () => {
    expect(isLinkSevered({ over: 'wan' }, 'e1', 'central', cutE1, 'central')).toBe(true);
    expect(isLinkSevered({ over: 'wan' }, 'e2', 'central', cutE1, 'central')).toBe(false);
    expect(isLinkSevered({ over: 'local' }, 'e1', 'e1', cutE1, 'central')).toBe(false);
    expect(isLinkSevered({ over: 'wan' }, 'e2', 'central', resolveCut({ sites }, { kind: 'central' }), 'central')).toBe(true);
  });
});

describe('toggleSite', () => {
  const ids = ['e1', 'e2', 'e3'];
  const s3 = [...sites, { id: 'e3', name: 'Edge 3', kind: 'edge' as const }];
  it('adds and removes sites, and names a full list "all"', () => {
    expect(toggleSite(resolveCut({ sites: s3 }, { kind: 'none' }), ids, 'e2')).toEqual({ kind: 'sites', sites: ['e2'] });
    expect(toggleSite(resolveCut({ sites: s3 }, { kind: 'sites', sites: ['e2'] }), ids, 'e2')).toEqual({ kind: 'none' });
    expect(toggleSite(resolveCut({ sites: s3 }, { kind: 'all' }), ids, 'e1')).toEqual({ kind: 'sites', sites: ['e2', 'e3'] });
    expect(toggleSite(resolveCut({ sites: s3 }, { kind: 'sites', sites: ['e1', 'e3'] }), ids, 'e2')).toEqual({ kind: 'all' });
  });
});

describe('the shipped architectures under a cut', async () => {
  const bundles = await shippedBundles();
  for (const { architecture } of bundles.values()) {
    it(`${architecture.id}: every component on a cut edge site takes exactly its data status`, () => {
      const states = componentStates(architecture, resolveCut(architecture, { kind: 'all' }));
      const kind = new Map(architecture.sites.map((s) => [s.id, s.kind]));
      for (const c of architecture.components) {
        const expected = kind.get(c.site) === 'edge' ? { state: c.disconnected.status, reason: 'site-cut' } : { state: c.disconnected.status, reason: 'towards-cut' };
        expect(states.get(c.id), c.id).toEqual(expected);
      }
    });
  }
});
