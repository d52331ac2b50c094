import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../../../test/fixtureData';
import { intersects, routePoints } from '../../../model/geometry';
import { resolveCut } from '../../../simulation/cut';
import { expandFleet, sitesWithin } from '../../../simulation/fleet';
import { componentStates } from '../../../simulation/status';
import { emphasise } from './emphasis';
import { labelText } from './paths';
import { roundedPath } from './rounded';
import { toFlow } from './toFlow';
import {
  FOCUS_CLASS,
  hubNodeId,
  siteNodeId,
  type ComponentFlowNode,
  type HubFlowNode,
  type SiteFlowNode,
} from './types';

describe('toFlow', async () => {
  const bundle = await tinyBundle();
  const { architecture, layout } = bundle;
  const flowFor = (cutSites: string[]) => {
    const cut = resolveCut(architecture, cutSites.length ? { kind: 'sites', sites: cutSites } : { kind: 'none' });
    return toFlow({ architecture, layout, cut, states: componentStates(architecture, cut) });
  };

  it('draws a node per site and component, and a hub per edge site with WAN links', () => {
    const { nodes } = flowFor([]);
    expect(nodes.filter((n) => n.type === 'site').map((n) => n.id)).toEqual(['site:hq', 'site:east', 'site:west']);
    expect(
      nodes
        .filter((n) => n.type === 'component')
        .map((n) => n.id)
        .sort(),
    ).toEqual(architecture.components.map((c) => c.id).sort());
    expect(nodes.filter((n) => n.type === 'hub').map((n) => n.id)).toEqual([hubNodeId('east'), hubNodeId('west')]);
  });

  it('sizes each box to its measured label and keeps it inside its site, without overlap', () => {
    const { nodes } = flowFor([]);
    const components = nodes.filter((n): n is ComponentFlowNode => n.type === 'component');
    for (const n of components) expect(n.data.lines.join(' ')).toBe(n.data.name);
    for (const site of architecture.sites) {
      const rect = layout.sites[site.id]!;
      const inside = components.filter((n) => n.parentId === siteNodeId(site.id));
      for (const n of inside) {
        expect(n.position.x).toBeGreaterThanOrEqual(0);
        expect(n.position.x + n.width!).toBeLessThanOrEqual(rect.width);
        expect(n.position.y + n.height!).toBeLessThanOrEqual(rect.height);
      }
      for (const a of inside)
        for (const b of inside)
          if (a !== b)
            expect(
              intersects(
                { ...a.position, width: a.width!, height: a.height! },
                { ...b.position, width: b.width!, height: b.height! },
              ),
            ).toBe(false);
    }
  });

  it('draws every link, with an arrowhead at what is depended on', () => {
    const { edges } = flowFor([]);
    for (const link of architecture.links) {
      const key = `${link.from}->${link.to}`;
      const pieces = edges.filter((e) => e.links.includes(key));
      expect(pieces.length, key).toBeGreaterThan(0);
      // The piece that reaches the provider carries the arrowhead; nothing points at the dependent.
      expect(
        pieces.some((e) => (e.end === link.to && e.arrowEnd) || (e.start === link.to && e.arrowStart)),
        key,
      ).toBe(true);
      if (link.over === 'wan')
        expect(
          pieces.some((e) => e.start === null && e.end === null),
          `${key} runs through a lane`,
        ).toBe(true);
    }
  });

  it('marks a cut site, its hub and only its WAN pieces', () => {
    const { nodes, edges } = flowFor(['east']);
    const east = nodes.find((n): n is SiteFlowNode => n.id === siteNodeId('east'))!;
    expect(east.data).toMatchObject({ cut: true, counts: { operational: 2, degraded: 1, unavailable: 0 } });
    expect(nodes.find((n): n is HubFlowNode => n.id === hubNodeId('east'))!.data.severed).toBe(true);
    expect(nodes.find((n): n is HubFlowNode => n.id === hubNodeId('west'))!.data.severed).toBe(false);
    const severed = edges.filter((e) => e.severed);
    expect(severed.length).toBeGreaterThan(0);
    for (const e of severed) expect(e.links.every((key) => key.includes('east-'))).toBe(true);
    expect(edges.filter((e) => e.over === 'local').every((e) => !e.severed)).toBe(true);
  });

  it('draws the same routes under every cut, each severed only where that cut says (the routes are made once)', () => {
    const severedSites = (cutSites: string[]) =>
      [
        ...new Set(
          flowFor(cutSites)
            .edges.filter((e) => e.severed)
            .flatMap((e) => e.links),
        ),
      ].sort();
    const ids = (cutSites: string[]) => flowFor(cutSites).edges.map((e) => `${e.id} ${e.d}`);
    expect(ids(['east'])).toEqual(ids([]));
    expect(severedSites(['east']).every((key) => key.includes('east-'))).toBe(true);
    expect(severedSites(['west']).every((key) => key.includes('west-'))).toBe(true);
    expect(severedSites(['west']).length).toBeGreaterThan(0);
    expect(severedSites([])).toEqual([]);
  });

  it('draws a far-away fleet as one tile node, and a near one with each copy’s own routes', () => {
    const fleet = expandFleet(bundle, 20);
    const cut = resolveCut(fleet.architecture, { kind: 'all' });
    const states = componentStates(fleet.architecture, cut);
    const far = toFlow({ ...fleet, cut, states, collapsed: true });
    expect(far.nodes.map((n) => n.type)).toEqual(['fleet', 'site', 'component', 'component']);
    expect(far.nodes[0]!.data).toMatchObject({ cutCount: 20 });
    const near = toFlow({ ...fleet, cut, states });
    const copy = near.edges.filter((e) => e.id.startsWith('fleet-3:'));
    expect(copy.length).toBeGreaterThan(0);
    const first = routePoints(fleet.layout.paths['fleet-1:local:east-agent->east-cache']!.legs, fleet.layout.sites);
    const third = routePoints(fleet.layout.paths['fleet-3:local:east-agent->east-cache']!.legs, fleet.layout.sites);
    const dx = fleet.layout.sites['fleet-3']!.x - fleet.layout.sites['fleet-1']!.x;
    expect(third.map((p) => p.x - dx)).toEqual(first.map((p) => p.x));
  });

  it('draws for part of a fleet exactly the pieces among its sites, in the order of the whole drawing', () => {
    const fleet = expandFleet(bundle, 20);
    const cut = resolveCut(fleet.architecture, { kind: 'none' });
    const states = componentStates(fleet.architecture, cut);
    const whole = toFlow({ ...fleet, cut, states }).edges;
    const [a, b] = [fleet.layout.sites['fleet-3']!, fleet.layout.sites['fleet-4']!];
    const part = sitesWithin(fleet, { x: a.x, y: a.y, width: b.x + b.width - a.x, height: b.y + b.height - a.y });
    const shown = new Set(part.sites.map((s) => s.id));
    const siteOf = new Map(fleet.architecture.components.map((c) => [c.id, c.site]));
    const among = (id: string) => {
      const path = fleet.layout.paths[id]!;
      const sites = [
        path.edgeSite,
        ...path.legs.map((l) => l.site),
        ...[path.start, path.end].map((c) => c && siteOf.get(c)),
      ];
      return sites.every((site) => !site || shown.has(site));
    };
    const drawn = toFlow({ architecture: part, layout: fleet.layout, cut, states }).edges.map((e) => e.id);
    expect(drawn).toEqual(whole.map((e) => e.id).filter(among));
    expect(drawn.some((id) => id.startsWith('fleet-4:'))).toBe(true);
    expect(drawn.some((id) => id.startsWith('fleet-5:'))).toBe(false);
  });
});

describe('emphasise', async () => {
  const { architecture, layout } = await tinyBundle();
  const cut = resolveCut(architecture, { kind: 'none' });
  const { nodes } = toFlow({ architecture, layout, cut, states: componentStates(architecture, cut) });

  it('gives a new object only to the nodes whose look changes', () => {
    const next = emphasise(nodes, { selected: 'east-agent', focus: new Set(['east-agent', 'east-cache']) });
    expect(next.filter((n, i) => n !== nodes[i]).map((n) => n.id)).toEqual(['east-agent', 'east-cache']);
    expect(next.find((n) => n.id === 'east-agent')).toMatchObject({ selected: true, className: FOCUS_CLASS });
    expect(next.find((n) => n.id === 'east-cache')).toMatchObject({ selected: false, className: FOCUS_CLASS });
  });

  it('changes nothing when nothing is selected or focused', () => {
    expect(emphasise(nodes, { selected: null, focus: null }).every((n, i) => n === nodes[i])).toBe(true);
  });
});

describe('paths', () => {
  it('rounds the corners of a polyline', () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 0, y: 100 },
        { x: 100, y: 100 },
      ]),
    ).toBe('M0,0 L0,94 Q0,100 6,100 L100,100');
    expect(roundedPath([{ x: 0, y: 0 }])).toBe('');
  });

  it('labels a piece with its links, a few at most', () => {
    const labels = ['a', 'b', 'c', 'd', 'e'].map((label, i) => ({ link: `x->${i}`, label }));
    expect(labelText({ labels }, null)).toBe('a · b · c +2 more');
    expect(labelText({ labels }, new Set(['x->1']))).toBe('b');
  });
});
