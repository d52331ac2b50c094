import { describe, expect, it } from 'vitest';
import { resolveCut } from './status';
import { shippedBundles } from './testData';
import { sidesBetween, siteNodeId, toFlow, type ComponentFlowNode, type SiteFlowNode } from './toFlow';
import { expandFleet } from './fleet';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

describe('toFlow on the shipped data', async () => {
  const bundles = await shippedBundles();
  for (const bundle of bundles.values()) {
    const { architecture, layout } = bundle;
    it(`${architecture.id}: one node per site and component, one edge per link, nothing overlapping`, () => {
      const { nodes, edges } = toFlow({ architecture, layout, cut: resolveCut(architecture, { kind: 'none' }), selected: null });
      expect(nodes.filter((n) => n.type === 'site')).toHaveLength(architecture.sites.length);
      const components = nodes.filter((n): n is ComponentFlowNode => n.type === 'component');
      expect(components.map((n) => n.id).sort()).toEqual(architecture.components.map((c) => c.id).sort());
      expect(edges).toHaveLength(architecture.links.length);
      // Components stay inside their site and never overlap one another.
      for (const site of architecture.sites) {
        const rect = layout.sites[site.id]!;
        const inside = components.filter((n) => n.parentId === siteNodeId(site.id));
        for (const n of inside) {
          expect(n.position.x).toBeGreaterThanOrEqual(0);
          expect(n.position.y + NODE_HEIGHT).toBeLessThanOrEqual(rect.height);
          expect(n.position.x + NODE_WIDTH).toBeLessThanOrEqual(rect.width);
        }
        for (const a of inside)
          for (const b of inside)
            if (a !== b) expect(Math.abs(a.position.x - b.position.x) >= NODE_WIDTH || Math.abs(a.position.y - b.position.y) >= NODE_HEIGHT, `${a.id} / ${b.id}`).toBe(true);
      }
    });

    it(`${architecture.id}: cutting one edge site marks its nodes and severs only its WAN links`, () => {
      const site = architecture.sites.find((s) => s.kind === 'edge')!;
      const { nodes, edges } = toFlow({ architecture, layout, cut: resolveCut(architecture, { kind: 'sites', sites: [site.id] }), selected: null });
      const siteNode = nodes.find((n): n is SiteFlowNode => n.id === siteNodeId(site.id))!;
      expect(siteNode.data.cut).toBe(true);
      const siteOf = new Map(architecture.components.map((c) => [c.id, c.site]));
      for (const e of edges) {
        const touches = siteOf.get(e.source) === site.id || siteOf.get(e.target) === site.id;
        expect(e.data!.severed, e.id).toBe(e.data!.over === 'wan' && touches);
      }
      const counts = siteNode.data.counts!;
      const members = architecture.components.filter((c) => c.site === site.id);
      expect(counts.operational + counts.degraded + counts.unavailable).toBe(members.length);
      expect(counts.unavailable).toBe(members.filter((c) => c.disconnected.status === 'unavailable').length);
    });
  }

  it('marks the selected node and dims everything a tour step does not focus', async () => {
    const { architecture, layout } = (await shippedBundles()).get('kubeedge')!;
    const focus = new Set([architecture.components[0]!.id]);
    const { nodes } = toFlow({ architecture, layout, cut: resolveCut(architecture, { kind: 'none' }), selected: architecture.components[1]!.id, focus });
    const components = nodes.filter((n): n is ComponentFlowNode => n.type === 'component');
    expect(components.filter((n) => n.selected).map((n) => n.id)).toEqual([architecture.components[1]!.id]);
    expect(components.filter((n) => n.data.emphasis === 'focus').map((n) => n.id)).toEqual([...focus]);
    expect(components.filter((n) => n.data.emphasis === 'dim')).toHaveLength(components.length - 1);
  });

  it('lays out a generated fleet without overlapping sites', async () => {
    const fleet = expandFleet((await shippedBundles()).get('starlingx-distributed-cloud')!, 50);
    const rects = Object.values(fleet.layout.sites);
    expect(rects).toHaveLength(51);
    for (const a of rects)
      for (const b of rects)
        if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
  });
});

describe('sidesBetween', () => {
  it('leaves and enters on the sides that face each other', () => {
    expect(sidesBetween({ x: 0, y: 500 }, { x: 0, y: 0 })).toEqual(['t', 'b']);
    expect(sidesBetween({ x: 0, y: 0 }, { x: 10, y: 500 })).toEqual(['b', 't']);
    expect(sidesBetween({ x: 0, y: 0 }, { x: 400, y: 10 })).toEqual(['r', 'l']);
    expect(sidesBetween({ x: 400, y: 0 }, { x: 0, y: 10 })).toEqual(['l', 'r']);
  });
});
