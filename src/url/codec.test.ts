import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH } from '../model/vocabulary';
import { allPages, defaultChoices, isCosmeticChange, pages, params, parseHash, toHash, type Choices } from './codec';

const choices = (patch: Partial<Choices>): Choices => ({ ...defaultChoices, ...patch });

describe('parseHash', () => {
  it('reads routes', () => {
    expect(parseHash('').choices.route).toEqual({ page: 'home' });
    expect(parseHash('#/').choices.route).toEqual({ page: 'home' });
    expect(parseHash('#/arch/kubeedge').choices.route).toEqual({ page: 'arch', id: 'kubeedge' });
    expect(parseHash('#/req/autonomy').choices.route).toEqual({ page: 'req', id: 'autonomy' });
    expect(parseHash('#/matrix').choices.route).toEqual({ page: 'matrix' });
    expect(parseHash('#/compare?left=kubeedge').choices).toMatchObject({
      route: { page: 'compare' },
      left: 'kubeedge',
    });
    expect(parseHash('#/present/airship?step=3').choices).toMatchObject({
      route: { page: 'present', id: 'airship' },
      step: 3,
    });
  });

  it('reads every parameter', () => {
    const { choices: c, notices } = parseHash(
      '#/arch/tripleo-dcn?node=dcn0-nova-compute&cut=dcn0,dcn1&view=-12,40,0.75&theme=projector&sites=300&embed=1',
    );
    expect(notices).toEqual([]);
    expect(c).toMatchObject({
      node: 'dcn0-nova-compute',
      cut: { kind: 'sites', sites: ['dcn0', 'dcn1'] },
      view: { kind: 'screen', x: -12, y: 40, zoom: 0.75 },
      theme: 'projector',
      sites: 300,
      embed: true,
    });
  });

  it('reads the cut keywords and a seeded random cut wherever the seed is written', () => {
    expect(parseHash('#/arch/a?cut=all').choices.cut).toEqual({ kind: 'all' });
    expect(parseHash('#/arch/a?cut=central').choices.cut).toEqual({ kind: 'central' });
    expect(parseHash('#/arch/a?seed=9&cut=random:30').choices.cut).toEqual({ kind: 'random', percent: 30, seed: 9 });
    expect(parseHash('#/arch/a?cut=random:30').choices.cut).toEqual({ kind: 'random', percent: 30, seed: 1 });
  });

  it.each([
    ['#/arch/a?node=<script>alert(1)</script>', 'node', { node: null }],
    ['#/arch/a?cut=random:400', 'cut', { cut: { kind: 'none' } }],
    ['#/arch/a?cut=a,,b', 'cut', { cut: { kind: 'none' } }],
    ['#/arch/a?view=1,2', 'view', { view: null }],
    ['#/arch/a?view=NaN,0,1', 'view', { view: null }],
    ['#/arch/a?view=0,0,99', 'view', { view: null }],
    ['#/arch/a?view=0,0,0x', 'view', { view: null }],
    ['#/arch/a?cut=all&t=5minutes', 't', { t: null }],
    ['#/arch/a?t=5m', 't', { t: null }],
    ['#/arch/a?cut=random:5&seed=99999999999', 'seed', { cut: { kind: 'random', percent: 5, seed: 1 } }],
    ['#/arch/a?theme=neon', 'theme', { theme: null }],
    ['#/present/a?step=-1', 'step', { step: null }],
    ['#/present/a?step=1e9', 'step', { step: null }],
    ['#/arch/a?sites=999999', 'sites', { sites: null }],
    ['#/arch/a?embed=yes', 'embed', { embed: false }],
    ['#/matrix?sort=random', 'sort', { sort: 'catalogue' }],
    ['#/matrix?list=all', 'list', { matrixList: false }],
  ])('falls back to the default for %s with one notice', (hash, key, expected) => {
    const { choices: c, notices } = parseHash(hash);
    expect(c).toMatchObject(expected);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(key);
  });

  it('reports unknown parameters, repeated ones and unknown pages', () => {
    expect(parseHash('#/arch/a?zoom=3').notices).toEqual(['The link has an unknown parameter "zoom"; it was ignored.']);
    expect(parseHash('#/arch/a?utm_source=x&utm_medium=y&fbclid=z&gclid=w&node=n').notices).toEqual([
      'The link has 4 unknown parameters "utm_source", "utm_medium", "fbclid" and 1 more; they were ignored.',
    ]);
    expect(parseHash('#/arch/a?node=x&node=y').choices.node).toBe('x');
    const unknownPage = parseHash('#/nowhere/else');
    expect(unknownPage.choices.route).toEqual({ page: 'not-found', path: '/nowhere/else' });
    expect(unknownPage.notices).toEqual(['There is no page at "#/nowhere/else".']);
    // The address of a page that does not exist stays as it was, so a link home still changes it.
    expect(toHash(unknownPage.choices)).toBe('#/nowhere/else');
  });

  it('reports a parameter that means nothing on the page', () => {
    const { choices: c, notices } = parseHash('#/compare?node=keystone');
    expect(c.node).toBeNull();
    expect(notices).toEqual(['The link\'s "node" means nothing on this page; it was ignored.']);
  });

  it('never throws on malformed input', () => {
    for (const hash of [
      '#/%E0%A4%A',
      '#/arch/%',
      '#?%%%',
      `#/arch/${'x'.repeat(10_000)}`,
      '#/arch/a?node=%ZZ',
      '#\u0000\uffff',
    ]) {
      expect(() => parseHash(hash)).not.toThrow();
    }
  });

  it('keeps notices short, whatever the link held', () => {
    const { notices } = parseHash(`#/arch/a?node=${'A'.repeat(10_000)}`);
    expect(notices[0]!.length).toBeLessThan(160);
  });
});

/** A route of `page` (an id where the page takes one). */
const routeOf = (page: (typeof allPages)[number]): string =>
  page === 'not-found' ? '/nope' : `/${pages[page].path ?? ''}${pages[page].id ? '/x' : ''}`;

describe('the parameter table', () => {
  it('round-trips every parameter with its example, on each page it applies to, next to the others', () => {
    for (const page of allPages.filter((p) => p !== 'not-found')) {
      const here = params.filter((p) => p.pages.includes(page));
      const hash = `#${routeOf(page).replace(/^\/$/, '/')}${here.length ? '?' : ''}${here.map((p) => `${p.key}=${p.example}`).join('&')}`;
      const parsed = parseHash(hash);
      expect(parsed.notices, hash).toEqual([]);
      expect(toHash(parsed.choices), hash).toBe(hash);
    }
  });

  it('has a parameter for every choice but the route', () => {
    const set = new Set<string>();
    for (const param of params) {
      const page = param.pages[0]!;
      const { choices: read } = parseHash(
        `#${routeOf(page)}?cut=random:5&upgrade=central&${param.key}=${param.example}`,
      );
      for (const [key, value] of Object.entries(read))
        if (JSON.stringify(value) !== JSON.stringify(defaultChoices[key as keyof Choices])) set.add(key);
    }
    expect([...set].filter((k) => k !== 'route' && k !== 'cut').sort()).toEqual(
      Object.keys(defaultChoices)
        .filter((k) => k !== 'route' && k !== 'cut')
        .sort(),
    );
  });
});

describe('toHash', () => {
  it('round-trips every parameter', () => {
    const hashes = [
      '#/',
      '#/arch/kubeedge',
      '#/arch/tripleo-dcn?sites=300&cut=dcn0,dcn1&node=keystone&view=-12,40,0.75&theme=dark',
      '#/arch/starlingx-distributed-cloud?cut=random:25&seed=42',
      '#/present/airship?cut=central&step=4',
      '#/present/airship?step=4&part=2',
      '#/present/airship?step=4&part=last',
      '#/arch/kubeedge?cut=edge-node-1&t=5m&node=cloudhub&view=612,380,2.5x',
      '#/compare?left=kubeedge&right=airship&cut=all&t=1d',
      '#/compare?left=kubeedge&right=airship&cut=all',
      '#/matrix?sort=coverage',
      '#/matrix?sort=title&list=1',
      '#/req/autonomy?embed=1',
    ];
    for (const hash of hashes) expect(toHash(parseHash(hash).choices)).toBe(hash);
  });

  it('leaves out defaults and parameters that do not apply to the page', () => {
    expect(toHash(choices({ route: { page: 'home' }, node: 'x', step: 3 }))).toBe('#/');
    expect(
      toHash(choices({ route: { page: 'arch', id: 'a' }, view: { kind: 'screen', x: 1.4, y: -2.6, zoom: 0.33333 } })),
    ).toBe('#/arch/a?view=1,-3,0.333');
    expect(
      toHash(
        choices({ route: { page: 'arch', id: 'a' }, view: { kind: 'diagram', cx: 100.4, cy: 7.6, scale: 1.23456 } }),
      ),
    ).toBe('#/arch/a?view=100,8,1.235x');
    // A time means nothing without a cut.
    expect(toHash(choices({ route: { page: 'arch', id: 'a' }, t: 300 }))).toBe('#/arch/a');
    expect(toHash(choices({ route: { page: 'arch', id: 'a' }, cut: { kind: 'all' }, t: 90 }))).toBe(
      '#/arch/a?cut=all&t=90s',
    );
  });
});

describe('isCosmeticChange', () => {
  const base = choices({ route: { page: 'arch', id: 'a' } });
  it('treats pan, zoom and theme as cosmetic, and everything else as navigation', () => {
    expect(isCosmeticChange(base, { ...base, view: { kind: 'diagram', cx: 1, cy: 2, scale: 1 } })).toBe(true);
    expect(isCosmeticChange(base, { ...base, theme: 'dark' })).toBe(true);
    expect(isCosmeticChange(base, { ...base, node: 'x' })).toBe(false);
    expect(isCosmeticChange(base, { ...base, cut: { kind: 'all' } })).toBe(false);
  });
});

describe('the parameter table', () => {
  it('records which parameters a link spelled out', () => {
    expect(parseHash('#/present/a?step=2&theme=dark').given).toEqual(['step', 'theme']);
    expect(parseHash('#/present/a?step=x').given).toEqual([]);
  });

  it('accepts a seed up to 2^31 - 1', () => {
    expect(parseHash(`#/arch/a?cut=random:5&seed=${2 ** 31 - 1}`).choices.cut).toEqual({
      kind: 'random',
      percent: 5,
      seed: 2 ** 31 - 1,
    });
    expect(parseHash('#/arch/a?cut=random:5&seed=12345678').notices).toEqual([]);
  });

  it('accepts every id the data may hold, and a fleet component id', () => {
    const longest = 'a'.repeat(MAX_ID_LENGTH);
    expect(parseHash(`#/arch/${longest}?node=fleet-5000-${longest}`).notices).toEqual([]);
  });
});
