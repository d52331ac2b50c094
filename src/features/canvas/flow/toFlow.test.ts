import { describe, expect, it } from 'vitest';
import { resolveCut } from '../../../simulation/status';
import { shippedBundles } from '../../../../test/shippedData';
import { hubNodeId, sidesBetween, siteNodeId, toFlow, type ComponentFlowNode, type SiteFlowNode } from './toFlow';
import { expandFleet } from '../../../simulation/fleet';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../model/geometry';

describe('toFlow on the shipped data', async () => {
  const bundles = await shippedBundles();
  for (const bundle of bundles.values()) {
    const { architecture, layout } = bundle;
    it(`${architecture.id}: a node per site and component, every link drawn, WAN links through their site's hub, nothing overlapping`, () => {
      const { nodes, edges } = toFlow({ architecture, layout, cut: resolveCut(architecture, { kind: 'none' }), selected: null });
      expect(nodes.filter((n) => n.type === 'site')).toHaveLength(architecture.sites.length);
      const components = nodes.filter((n): n is ComponentFlowNode => n.type === 'component');
      expect(components.map((n) => n.id).sort()).toEqual(architecture.components.map((c) => c.id).sort());
      const drawn = new Set(edges.map((e) => `${e.source}->${e.target}`));
      const siteOf = new Map(architecture.components.map((c) => [c.id, c.site]));
      const isEdgeSite = (id: string) => architecture.sites.find((s) => s.id === id)?.kind === 'edge';
      for (const link of architecture.links) {
        if (link.over === 'local') expect(drawn.has(`${link.from}->${link.to}`), `${link.from}->${link.to}`).toBe(true);
        else {
          const site = [siteOf.get(link.from)!, siteOf.get(link.to)!].find(isEdgeSite)!;
          expect(drawn.has(`${link.from}->${hubNodeId(site)}`) || drawn.has(`${hubNodeId(site)}->${link.to}`), `${link.from}->${link.to}`).toBe(true);
          if (siteOf.get(link.from) === site) expect(drawn.has(`${link.from}->${hubNodeId(site)}`)).toBe(true);
          else expect(drawn.has(`${hubNodeId(site)}->${link.to}`)).toBe(true);
        }
      }
      const hubs = nodes.filter((n) => n.type === 'hub').map((n) => n.id);
      const linkedSites = architecture.sites.filter((s) => s.kind === 'edge' && architecture.links.some((l) => l.over === 'wan' && (siteOf.get(l.from) === s.id || siteOf.get(l.to) === s.id)));
      expect(hubs.sort()).toEqual(linkedSites.map((s) => hubNodeId(s.id)).sort());
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
      for (const e of edges) expect(e.data!.severed, e.id).toBe(e.data!.over === 'wan' && e.data!.edgeSite === site.id);
      expect(nodes.find((n) => n.id === hubNodeId(site.id))!.data).toMatchObject({ severed: true });
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
