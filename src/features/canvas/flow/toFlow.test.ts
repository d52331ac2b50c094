import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../../../test/fixtureData';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../model/geometry';
import { resolveCut } from '../../../simulation/cut';
import { expandFleet } from '../../../simulation/fleet';
import { componentStates } from '../../../simulation/status';
import { emphasise } from './emphasis';
import { sidesBetween } from './edges';
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

  it('draws a node per site and component, every local link, and WAN links through their site hub', () => {
    const { nodes, edges } = flowFor([]);
    expect(nodes.filter((n) => n.type === 'site').map((n) => n.id)).toEqual(['site:hq', 'site:east', 'site:west']);
    expect(
      nodes
        .filter((n) => n.type === 'component')
        .map((n) => n.id)
        .sort(),
    ).toEqual(architecture.components.map((c) => c.id).sort());
    expect(nodes.filter((n) => n.type === 'hub').map((n) => n.id)).toEqual([hubNodeId('east'), hubNodeId('west')]);
    expect(edges.map((e) => e.id).sort()).toEqual(
      [
        'scheduler->api',
        'east-agent->east-cache',
        'east-cache->wan:east',
        'wan:east->api',
        'east-workloads->east-agent',
        'west-agent->wan:west',
        'wan:west->api',
        'west-workloads->west-agent',
      ].sort(),
    );
  });

  it('keeps components inside their site, without overlap', () => {
    const { nodes } = flowFor([]);
    for (const site of architecture.sites) {
      const rect = layout.sites[site.id]!;
      const inside = nodes.filter(
        (n): n is ComponentFlowNode => n.type === 'component' && n.parentId === siteNodeId(site.id),
      );
      for (const n of inside) {
        expect(n.position.x).toBeGreaterThanOrEqual(0);
        expect(n.position.x + NODE_WIDTH).toBeLessThanOrEqual(rect.width);
        expect(n.position.y + NODE_HEIGHT).toBeLessThanOrEqual(rect.height);
      }
      for (const a of inside)
        for (const b of inside)
          if (a !== b)
            expect(
              Math.abs(a.position.x - b.position.x) >= NODE_WIDTH ||
                Math.abs(a.position.y - b.position.y) >= NODE_HEIGHT,
            ).toBe(true);
    }
  });

  it('marks a cut site, its hub and only its WAN links', () => {
    const { nodes, edges } = flowFor(['east']);
    const east = nodes.find((n): n is SiteFlowNode => n.id === siteNodeId('east'))!;
    expect(east.data).toMatchObject({ cut: true, counts: { operational: 2, degraded: 1, unavailable: 0 } });
    expect(nodes.find((n): n is HubFlowNode => n.id === hubNodeId('east'))!.data.severed).toBe(true);
    expect(nodes.find((n): n is HubFlowNode => n.id === hubNodeId('west'))!.data.severed).toBe(false);
    expect(
      edges
        .filter((e) => e.data!.severed)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['east-cache->wan:east', 'wan:east->api']);
  });

  it('joins each fleet hub to the central site once (trunks), and draws far-away sites as one tile node', () => {
    const fleet = expandFleet(bundle, 20);
    const cut = resolveCut(fleet.architecture, { kind: 'all' });
    const states = componentStates(fleet.architecture, cut);
    const near = toFlow({ ...fleet, cut, states, trunks: true });
    expect(near.edges.filter((e) => e.target === 'site:hq' || e.source === 'site:hq')).toHaveLength(20);
    const far = toFlow({ ...fleet, cut, states, collapsed: true });
    expect(far.nodes.map((n) => n.type)).toEqual(['fleet', 'site', 'component', 'component']);
    expect(far.nodes[0]!.data).toMatchObject({ cutCount: 20 });
  });
});

describe('emphasise', async () => {
  const { architecture, layout } = await tinyBundle();
  const cut = resolveCut(architecture, { kind: 'none' });
  const base = toFlow({ architecture, layout, cut, states: componentStates(architecture, cut) });

  it('gives a new object only to the nodes and edges whose look changes', () => {
    const focus = new Set(['east-agent', 'east-cache']);
    const next = emphasise(base, { selected: 'east-agent', focus, focusLinks: new Set(['east-agent->east-cache']) });
    const changed = next.nodes.filter((n, i) => n !== base.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['east-agent', 'east-cache']);
    expect(next.nodes.find((n) => n.id === 'east-agent')).toMatchObject({ selected: true, className: FOCUS_CLASS });
    expect(next.nodes.find((n) => n.id === 'east-cache')).toMatchObject({ selected: false, className: FOCUS_CLASS });
    expect(next.edges.filter((e, i) => e !== base.edges[i]).map((e) => e.id)).toEqual(['east-agent->east-cache']);
  });

  it('changes nothing when nothing is selected or focused', () => {
    const next = emphasise(base, { selected: null, focus: null });
    expect(next.nodes.every((n, i) => n === base.nodes[i])).toBe(true);
    expect(next.edges.every((e, i) => e === base.edges[i])).toBe(true);
  });
});

describe('sidesBetween', () => {
  it('leaves and enters on the sides that face each other', () => {
    expect(sidesBetween({ x: 0, y: 500 }, { x: 0, y: 0 }, 64)).toEqual(['t', 'b']);
    expect(sidesBetween({ x: 0, y: 0 }, { x: 10, y: 500 }, 64)).toEqual(['b', 't']);
    expect(sidesBetween({ x: 0, y: 0 }, { x: 400, y: 10 }, 64)).toEqual(['r', 'l']);
    expect(sidesBetween({ x: 400, y: 0 }, { x: 0, y: 10 }, 64)).toEqual(['l', 'r']);
  });
});
