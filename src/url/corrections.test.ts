import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../test/fixtureData';
import { graphOf } from '../model/dataset';
import { defaultChoices, parseHash } from './codec';
import { correctCompare, correctForArchitecture, correctLink, correctStep, correctView } from './corrections';

describe('corrections', async () => {
  const bundle = await tinyBundle();
  const { architecture } = bundle;
  const route = { page: 'arch' as const, id: 'tiny' };
  const full = async (id: string) => {
    if (id !== 'tiny') throw new Error('unknown');
    return bundle;
  };
  // An architecture page's link is checked against the graph alone, as the browser loads it.
  const load = { full, graph: async (id: string) => graphOf(await full(id)) };
  const known = new Set(['tiny']);

  it('keeps what exists', () => {
    expect(
      correctForArchitecture(architecture, {
        ...defaultChoices,
        route,
        node: 'api',
        cut: { kind: 'sites', sites: ['east'] },
      }),
    ).toEqual({ patch: {}, notices: [] });
  });

  it('drops an unknown component and unknown or central sites, with a notice each', () => {
    const { patch, notices } = correctForArchitecture(architecture, {
      ...defaultChoices,
      route,
      node: 'api-typo',
      cut: { kind: 'sites', sites: ['east', 'north', 'hq'] },
    });
    expect(patch).toEqual({ node: null, cut: { kind: 'sites', sites: ['east'] } });
    expect(notices).toEqual([
      'Component "api-typo" is not part of Tiny; nothing is selected.',
      'Site "north" is not part of Tiny; left connected.',
      '"hq" is the central site: use "✕ Fail central" to take it down. Its links were left connected.',
    ]);
  });

  it('clamps a tour step past the end, and opens a step with the cut and time the tour wrote', () => {
    const late = parseHash('#/present/tiny?step=9');
    expect(correctStep(architecture, late.choices, late.given)).toEqual({
      patch: { step: 5, cut: { kind: 'none' }, t: null, rtt: 0, upgrade: 'east', spare: true },
      notices: ['Step 9 does not exist: the Tiny tour has 5 steps. Showing step 5.'],
    });
    const second = parseHash('#/present/tiny?step=2');
    expect(correctStep(architecture, second.choices, second.given).patch).toEqual({
      cut: { kind: 'sites', sites: ['east'] },
      t: null,
      rtt: 0,
      upgrade: null,
      spare: false,
    });
    const slow = parseHash('#/present/tiny?step=4');
    expect(correctStep(architecture, slow.choices, slow.given).patch).toMatchObject({
      rtt: 150,
      cut: { kind: 'none' },
    });
  });

  it('keeps the conditions a presentation link spells out', () => {
    const own = parseHash('#/present/tiny?step=3&cut=all&rtt=400');
    expect(correctStep(architecture, own.choices, own.given)).toEqual({
      patch: { t: null, upgrade: null, spare: false },
      notices: [],
    });
  });

  it('keeps a time for the step’s own cut, and says when the step cuts nothing', () => {
    const timed = parseHash('#/present/tiny?step=2&t=1s');
    expect(timed.notices).toEqual([]);
    expect(correctStep(architecture, timed.choices, timed.given).patch).toMatchObject({
      cut: { kind: 'sites', sites: ['east'] },
    });
    expect(correctStep(architecture, timed.choices, timed.given).patch.t).toBeUndefined();
    const uncut = parseHash('#/present/tiny?step=1&t=1s');
    expect(correctStep(architecture, uncut.choices, uncut.given)).toEqual({
      patch: { cut: { kind: 'none' }, t: null, rtt: 0, upgrade: null, spare: false },
      notices: ['The link has a time "t" but step 1 cuts nothing; it was ignored.'],
    });
  });

  it('checks a fleet link against the fleet it shows', async () => {
    const fleet = parseHash('#/arch/tiny?sites=10&cut=fleet-3,fleet-11&node=fleet-2-agent');
    expect(await correctLink(fleet, known, load)).toEqual({
      patch: { cut: { kind: 'sites', sites: ['fleet-3'] } },
      notices: ['Site "fleet-11" is not part of Tiny; left connected.'],
    });
  });

  it('compares known architectures under one cut for both', () => {
    const link = parseHash('#/compare?left=tiny&right=nope&cut=east');
    expect(correctCompare(link.choices, known)).toEqual({
      patch: { right: null, cut: { kind: 'all' } },
      notices: [
        'There is no architecture "nope" to compare; the default was used.',
        'Compare applies the same cut to both sides: every edge site, or the central site. Showing every edge site cut off.',
      ],
    });
  });

  it('drops an upgrade of a site the architecture does not have, and keeps central and edge', () => {
    const ghost = parseHash('#/arch/tiny?upgrade=north&spare=1');
    expect(correctForArchitecture(architecture, ghost.choices)).toEqual({
      patch: { upgrade: null, spare: false },
      notices: ['Site "north" is not part of Tiny; nothing is being upgraded.'],
    });
    for (const upgrade of ['east', 'central', 'edge'])
      expect(correctForArchitecture(architecture, parseHash(`#/arch/tiny?upgrade=${upgrade}`).choices)).toEqual({
        patch: {},
        notices: [],
      });
    const compared = parseHash('#/compare?upgrade=east');
    expect(correctCompare(compared.choices, known).patch).toEqual({ upgrade: 'edge' });
  });

  it('tells no reconnect story for a site the architecture does not have (even one named like a built-in)', () => {
    for (const name of ['constructor', 'north'])
      expect(correctForArchitecture(architecture, parseHash(`#/arch/tiny?back=${name}`).choices)).toEqual({
        patch: { back: null },
        notices: [`"${name}" is not an edge site of Tiny: no reconnect story is told for it.`],
      });
    expect(correctForArchitecture(architecture, parseHash('#/arch/tiny?back=east,hq').choices).patch).toEqual({
      back: { sites: ['east'], central: false },
    });
    expect(correctForArchitecture(architecture, parseHash('#/arch/tiny?back=east').choices)).toEqual({
      patch: {},
      notices: [],
    });
  });

  it('fits the diagram instead of a view far outside it, and keeps any view that shows some of it', async () => {
    const sites = Object.values(bundle.layout.sites);
    const right = Math.max(...sites.map((r) => r.x + r.width));
    const bottom = Math.max(...sites.map((r) => r.y + r.height));
    const inside = { kind: 'diagram' as const, cx: right / 2, cy: bottom / 2, scale: 2 };
    expect(correctView(bundle.layout, inside)).toEqual({ patch: {}, notices: [] });
    expect(correctView(bundle.layout, { ...inside, cx: right * 1.4 })).toEqual({ patch: {}, notices: [] });
    for (const far of [
      { ...inside, cx: 9_999_999, cy: 9_999_999 },
      { ...inside, cx: -right },
      { kind: 'screen' as const, x: -9_999_999, y: 0, zoom: 1 },
    ])
      expect(correctView(bundle.layout, far).patch).toEqual({ view: null });
    const link = parseHash('#/arch/tiny?view=9999999,9999999,0.02');
    expect((await correctLink(link, known, load)).notices).toEqual([
      'The view in the link is outside the diagram, where there is nothing to show; the diagram is fitted to the window.',
    ]);
  });

  it('leaves pages it knows nothing about alone', async () => {
    expect(await correctLink(parseHash('#/arch/unknown?node=x'), known, load)).toEqual({ patch: {}, notices: [] });
    expect(await correctLink(parseHash('#/matrix'), known, load)).toEqual({ patch: {}, notices: [] });
  });
});
