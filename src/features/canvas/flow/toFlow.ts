/**
 * Model + the simulated states → React Flow nodes and edges. Pure: the view memoises the result per
 * architecture and cut, and emphasis.ts applies the selection on top without rebuilding it.
 */
import type { Architecture, Component } from '../../../model/schema';
import { HUB_HEIGHT, HUB_WIDTH, NODE_HEIGHT, NODE_WIDTH, type ArchitectureLayout } from '../../../model/geometry';
import type { CutResolution } from '../../../simulation/cut';
import type { ComponentState } from '../../../simulation/status';
import { linkEdges } from './edges';
import { componentNode, fleetNode, hubNode, isSiteCut, siteNode, wanCarries } from './nodes';
import { hubNodeId, siteNodeId, type Flow, type FlowNode } from './types';

export interface FlowInput {
  architecture: Pick<Architecture, 'sites' | 'components' | 'links'>;
  layout: ArchitectureLayout;
  cut: CutResolution;
  states: ReadonlyMap<string, ComponentState>;
  /** Fleet scale: each hub joins the central site once instead of fanning out to its components. */
  trunks?: boolean;
  /** Fleet overview, zoomed far out: edge sites are drawn as tiles, without components, hubs or links. */
  collapsed?: boolean;
}

export function toFlow({ architecture, layout, cut, states, trunks = false, collapsed = false }: FlowInput): Flow {
  const shownSites = architecture.sites.filter((s) => !(collapsed && s.kind === 'edge'));
  const members = new Map<string, Component[]>(shownSites.map((s) => [s.id, []]));
  for (const c of architecture.components) members.get(c.site)?.push(c);

  const nodes: FlowNode[] = collapsed ? [fleetNode(architecture.sites, layout, cut)] : [];
  const centre = new Map<string, { x: number; y: number }>();
  for (const site of shownSites) {
    nodes.push(siteNode(site, layout, members.get(site.id)!, cut, states));
    const rect = layout.sites[site.id]!;
    centre.set(siteNodeId(site.id), { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
    for (const component of members.get(site.id)!) {
      nodes.push(componentNode(component, site, layout, states.get(component.id)!));
      const at = layout.components[component.id]!;
      centre.set(component.id, { x: rect.x + at.x + NODE_WIDTH / 2, y: rect.y + at.y + NODE_HEIGHT / 2 });
    }
  }
  if (collapsed) return { nodes, edges: [] };

  for (const [siteId, carries] of wanCarries({ ...architecture, sites: shownSites })) {
    const site = shownSites.find((s) => s.id === siteId)!;
    const hub = hubNode(site, layout, carries, isSiteCut(site, cut) || cut.centralDown);
    nodes.push(hub);
    centre.set(hubNodeId(siteId), { x: hub.position.x + HUB_WIDTH / 2, y: hub.position.y + HUB_HEIGHT / 2 });
  }
  return { nodes, edges: linkEdges({ architecture, cut, centre, nodeHeight: NODE_HEIGHT, trunks }) };
}
