import { describe, expect, it } from 'vitest';
import type { Architecture } from '../model/schema';
import { cutOfStep, randomSites, resolveCut, restoredBetween, toggleSite } from './cut';

const sites: Architecture['sites'] = [
  { id: 'central', name: 'Central', kind: 'central' },
  { id: 'e1', name: 'Edge 1', kind: 'edge' },
  { id: 'e2', name: 'Edge 2', kind: 'edge' },
];

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
    const ids = Array.from({ length: 1000 }, (_, i) => `fleet-${i + 1}`);
    const a = randomSites(ids, 30, 7);
    expect(a.size).toBe(300);
    expect([...randomSites(ids, 30, 7)]).toEqual([...a]);
    expect([...randomSites(ids, 30, 8)]).not.toEqual([...a]);
    expect(randomSites(ids, 0, 1).size).toBe(0);
    expect(randomSites(ids, 100, 1).size).toBe(1000);
  });
});

describe('toggleSite', () => {
  const ids = ['e1', 'e2', 'e3'];
  const s3 = [...sites, { id: 'e3', name: 'Edge 3', kind: 'edge' as const }];
  it('adds and removes sites, and names a full list "all"', () => {
    expect(toggleSite(resolveCut({ sites: s3 }, { kind: 'none' }), ids, 'e2')).toEqual({
      kind: 'sites',
      sites: ['e2'],
    });
    expect(toggleSite(resolveCut({ sites: s3 }, { kind: 'sites', sites: ['e2'] }), ids, 'e2')).toEqual({
      kind: 'none',
    });
    expect(toggleSite(resolveCut({ sites: s3 }, { kind: 'all' }), ids, 'e1')).toEqual({
      kind: 'sites',
      sites: ['e2', 'e3'],
    });
    expect(toggleSite(resolveCut({ sites: s3 }, { kind: 'sites', sites: ['e1', 'e3'] }), ids, 'e2')).toEqual({
      kind: 'all',
    });
    expect(toggleSite(resolveCut({ sites: s3 }, { kind: 'central' }), ids, 'e2')).toEqual({
      kind: 'sites',
      sites: ['e2'],
    });
  });
});

describe('restoredBetween', () => {
  const at = (kind: 'none' | 'all' | 'central', list?: string[]) =>
    resolveCut({ sites }, list ? { kind: 'sites', sites: list } : { kind });
  it('names the sites whose link came back, with how long the cut lasted', () => {
    expect(restoredBetween(at('all'), at('none', ['e2']), 300)).toEqual({ sites: ['e1'], central: false, lasted: 300 });
    expect(restoredBetween(at('all'), at('none'), 0)).toEqual({ sites: ['e1', 'e2'], central: false, lasted: 0 });
  });
  it('tells the central site coming back as one story', () => {
    expect(restoredBetween(at('central'), at('none'), 60)).toEqual({ sites: ['e1', 'e2'], central: true, lasted: 60 });
  });
  it('has no story when nothing came back', () => {
    expect(restoredBetween(at('none', ['e1']), at('all'), 0)).toBeNull();
    expect(restoredBetween(at('all'), at('central'), 0)).toBeNull();
    expect(restoredBetween(at('none'), at('none'), 0)).toBeNull();
  });
});

describe('cutOfStep', () => {
  it('turns a tour step cut into the URL form', () => {
    expect(cutOfStep(undefined)).toEqual({ kind: 'none' });
    expect(cutOfStep('all')).toEqual({ kind: 'all' });
    expect(cutOfStep('central')).toEqual({ kind: 'central' });
    expect(cutOfStep(['e1'])).toEqual({ kind: 'sites', sites: ['e1'] });
  });
});
