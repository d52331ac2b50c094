/**
 * Model + the user's choices → React Flow nodes and edges. Pure: the view memoises the result,
 * and the unit tests check it without a browser.
 *
 * Each edge site's WAN link is a node of its own (a hub in the gap above the site): component
 * WAN links run component → hub → component, so a site's link is one thing to see, cut and
 * restore, and dozens of long crossing lines become a few short ones.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Architecture, Component, Layer, Site } from '../../../model/schema';
import type { ArchitectureLayout } from '../../../model/geometry';
import { HUB_HEIGHT, HUB_WIDTH, NODE_HEIGHT, NODE_WIDTH, SITE_GAP } from '../../../model/geometry';
import { componentStates, type ComponentState, type CutResolution } from '../../../simulation/status';

export type Side = 't' | 'b' | 'l' | 'r';

export interface ComponentNodeData extends Record<string, unknown> {
  name: string;
  layer: Layer;
  siteName: string;
  optional: boolean;
  status: ComponentState;
  emphasis: 'normal' | 'focus' | 'dim';
}

export interface SiteNodeData extends Record<string, unknown> {
  site: Site;
  cut: boolean;
  counts: StatusCounts | null;
}

export interface FleetTile {
  id: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  cut: boolean;
}

export interface FleetNodeData extends Record<string, unknown> {
  tiles: FleetTile[];
  cutCount: number;
}

export interface HubNodeData extends Record<string, unknown> {
  siteId: string;
  siteName: string;
  severed: boolean;
  /** What crosses this link, from the links' labels. */
  carries: string[];
  dim: boolean;
}

export interface LinkEdgeData extends Record<string, unknown> {
  over: 'wan' | 'local';
  label: string;
  severed: boolean;
  /** The edge site whose WAN link this is, so activating the link can cut that site. */
  edgeSite: string | null;
  dim: boolean;
}

export type ComponentFlowNode = Node<ComponentNodeData, 'component'>;
export type SiteFlowNode = Node<SiteNodeData, 'site'>;
export type HubFlowNode = Node<HubNodeData, 'hub'>;
export type FleetFlowNode = Node<FleetNodeData, 'fleet'>;
export type FlowNode = ComponentFlowNode | SiteFlowNode | HubFlowNode | FleetFlowNode;
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

export interface StatusCounts {
  operational: number;
  degraded: number;
  unavailable: number;
}

export const siteNodeId = (siteId: string) => `site:${siteId}`;
export const hubNodeId = (siteId: string) => `wan:${siteId}`;
export const siteOfHub = (nodeId: string) => (nodeId.startsWith('wan:') ? nodeId.slice(4) : null);

export interface FlowInput {
  architecture: Pick<Architecture, 'sites' | 'components' | 'links'>;
  layout: ArchitectureLayout;
  cut: CutResolution;
  selected: string | null;
  /** Components a tour step focuses; everything else is dimmed. */
  focus?: ReadonlySet<string> | null;
  /** Fleet scale: each hub joins the central site once instead of fanning out to its components. */
  trunks?: boolean;
  /** Fleet overview, zoomed far out: edge sites are drawn as tiles, without components, hubs or links. */
  collapsed?: boolean;
}

export function countStatuses(components: readonly Component[], states: Map<string, ComponentState>): StatusCounts {
  const counts: StatusCounts = { operational: 0, degraded: 0, unavailable: 0 };
  for (const c of components) {
    const s = states.get(c.id)?.state;
    if (s && s !== 'connected') counts[s]++;
  }
  return counts;
}

/**
 * Every edge site of a fleet as one node that draws them all as tiles: a thousand React Flow nodes
 * cost a thousand store subscriptions, one node with a thousand rectangles costs one.
 */
function fleetNode(sites: readonly Site[], layout: ArchitectureLayout, cut: CutResolution): FleetFlowNode {
  const edges = sites.filter((s) => s.kind === 'edge');
  const rects = edges.map((s) => layout.sites[s.id]!);
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  const tiles = edges.map((s, i) => ({ id: s.id, name: s.name, x: rects[i]!.x - left, y: rects[i]!.y - top, width: rects[i]!.width, height: rects[i]!.height, cut: cut.cutSites.has(s.id) || cut.centralDown }));
  return {
    id: 'fleet',
    type: 'fleet',
    position: { x: left, y: top },
    width: right - left,
    height: bottom - top,
    data: { tiles, cutCount: tiles.filter((t) => t.cut).length },
    selectable: false,
    focusable: false,
    ariaRole: 'img',
    ariaLabel: `${edges.length} edge sites, ${tiles.filter((t) => t.cut).length} cut off. Zoom in to see their components.`,
  };
}

/** Which sides of two nodes an edge should leave and enter, from where their centres sit. */
export function sidesBetween(from: { x: number; y: number }, to: { x: number; y: number }): [Side, Side] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dy) >= Math.abs(dx) * 0.45 || Math.abs(dy) > NODE_HEIGHT * 2) return dy < 0 ? ['t', 'b'] : ['b', 't'];
  return dx < 0 ? ['l', 'r'] : ['r', 'l'];
}

export function toFlow({ architecture, layout, cut, selected, focus, trunks = false, collapsed = false }: FlowInput): { nodes: FlowNode[]; edges: LinkFlowEdge[] } {
  const states = componentStates(architecture, cut);
  const siteById = new Map(architecture.sites.map((s) => [s.id, s]));
  const central = architecture.sites.find((s) => s.kind === 'central')!;
  const siteOf = new Map(architecture.components.map((c) => [c.id, c.site]));
  const bySite = new Map<string, Component[]>();
  for (const c of architecture.components) bySite.set(c.site, [...(bySite.get(c.site) ?? []), c]);
  const focusing = !!focus && focus.size > 0;
  const severedSite = (siteId: string) => cut.centralDown || cut.cutSites.has(siteId);

  const nodes: FlowNode[] = [];
  const centre = new Map<string, { x: number; y: number }>();
  if (collapsed) nodes.push(fleetNode(architecture.sites, layout, cut));
  for (const site of architecture.sites) {
    if (collapsed && site.kind === 'edge') continue;
    const rect = layout.sites[site.id]!;
    const isCut = site.kind === 'edge' ? cut.cutSites.has(site.id) : cut.centralDown;
    nodes.push({
      id: siteNodeId(site.id),
      type: 'site',
      position: { x: rect.x, y: rect.y },
      width: rect.width,
      height: rect.height,
      style: { width: rect.width, height: rect.height },
      data: { site, cut: isCut, counts: isCut ? countStatuses(bySite.get(site.id) ?? [], states) : null },
      selectable: false,
      focusable: false,
      ariaRole: 'group',
      ariaLabel: `${site.kind === 'central' ? 'Central site' : 'Edge site'} ${site.name}${isCut ? (site.kind === 'central' ? ', failed' : ', cut off') : ''}`,
    });
    centre.set(siteNodeId(site.id), { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
  }

  const hidden = (siteId: string) => collapsed && siteById.get(siteId)?.kind === 'edge';
  for (const component of architecture.components) {
    if (hidden(component.site)) continue;
    const rect = layout.sites[component.site]!;
    const at = layout.components[component.id]!;
    centre.set(component.id, { x: rect.x + at.x + NODE_WIDTH / 2, y: rect.y + at.y + NODE_HEIGHT / 2 });
    const status = states.get(component.id)!;
    const site = siteById.get(component.site)!;
    nodes.push({
      id: component.id,
      type: 'component',
      parentId: siteNodeId(component.site),
      position: at,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      data: {
        name: component.name,
        layer: component.layer,
        siteName: site.name,
        optional: component.optional ?? false,
        status,
        emphasis: focusing ? (focus.has(component.id) ? 'focus' : 'dim') : 'normal',
      },
      selected: component.id === selected,
      ariaRole: 'button',
      ariaLabel: `${component.name}, ${component.layer.replace('-', ' ')}, on ${site.name}${status.state === 'connected' ? '' : `, ${status.state}`}`,
    });
  }

  // One hub per edge site that has WAN links, carrying the labels of everything that crosses it.
  const carries = new Map<string, Set<string>>();
  for (const link of architecture.links) {
    if (link.over !== 'wan' || collapsed) continue;
    const edgeSite = [siteOf.get(link.from)!, siteOf.get(link.to)!].find((s) => siteById.get(s)?.kind === 'edge');
    if (edgeSite) carries.set(edgeSite, (carries.get(edgeSite) ?? new Set()).add(link.label));
  }
  for (const [siteId, labels] of carries) {
    const rect = layout.sites[siteId]!;
    const position = { x: rect.x + rect.width / 2 - HUB_WIDTH / 2, y: rect.y - SITE_GAP / 2 - HUB_HEIGHT / 2 };
    const severed = severedSite(siteId);
    const siteName = siteById.get(siteId)!.name;
    nodes.push({
      id: hubNodeId(siteId),
      type: 'hub',
      position,
      width: HUB_WIDTH,
      height: HUB_HEIGHT,
      data: { siteId, siteName, severed, carries: [...labels], dim: focusing },
      ariaRole: 'button',
      ariaLabel: `WAN link of ${siteName}, ${severed ? 'cut' : 'connected'}. Carries ${[...labels].join(', ')}. Press Enter to ${severed ? 'restore' : 'cut'} it.`,
      zIndex: 2,
    });
    centre.set(hubNodeId(siteId), { x: position.x + HUB_WIDTH / 2, y: position.y + HUB_HEIGHT / 2 });
  }

  const edges = new Map<string, LinkFlowEdge>();
  const addEdge = (source: string, target: string, over: 'wan' | 'local', label: string, edgeSite: string | null, severed: boolean, ends: string[]) => {
    const id = `${source}->${target}`;
    const existing = edges.get(id);
    if (existing) {
      if (!existing.data!.label.split(' · ').includes(label)) existing.data!.label += ` · ${label}`;
      existing.data!.dim &&= focusing && !ends.some((e) => focus!.has(e));
      return;
    }
    const [sourceSide, targetSide] = target.startsWith('site:') ? (['t', 'b'] as [Side, Side]) : sidesBetween(centre.get(source)!, centre.get(target)!);
    edges.set(id, {
      id,
      type: 'link',
      source,
      target,
      sourceHandle: `s-${sourceSide}`,
      targetHandle: `t-${targetSide}`,
      data: { over, label, severed, edgeSite, dim: focusing && !ends.some((e) => focus!.has(e)) },
      selectable: false,
      focusable: false,
      ariaLabel: `${over === 'wan' ? 'WAN' : 'Local'} link from ${source} to ${target}${severed ? ', cut' : ''}`,
    });
  };

  for (const link of architecture.links) {
    const fromSite = siteOf.get(link.from)!;
    const toSite = siteOf.get(link.to)!;
    if (hidden(fromSite) || hidden(toSite)) continue;
    if (link.over === 'local') {
      addEdge(link.from, link.to, 'local', link.label, null, false, [link.from, link.to]);
      continue;
    }
    const fromEdge = siteById.get(fromSite)?.kind === 'edge';
    const toEdge = siteById.get(toSite)?.kind === 'edge';
    const ends = [link.from, link.to];
    if (fromEdge && toEdge) {
      // Edge to edge: through both hubs.
      const severed = severedSite(fromSite) || severedSite(toSite);
      addEdge(link.from, hubNodeId(fromSite), 'wan', link.label, fromSite, severedSite(fromSite), ends);
      addEdge(hubNodeId(fromSite), hubNodeId(toSite), 'wan', link.label, toSite, severed, ends);
      addEdge(hubNodeId(toSite), link.to, 'wan', link.label, toSite, severedSite(toSite), ends);
      continue;
    }
    const edgeSite = fromEdge ? fromSite : toSite;
    const hub = hubNodeId(edgeSite);
    const severed = severedSite(edgeSite);
    if (fromEdge) {
      addEdge(link.from, hub, 'wan', link.label, edgeSite, severed, ends);
      addEdge(hub, trunks ? siteNodeId(central.id) : link.to, 'wan', trunks ? 'WAN' : link.label, edgeSite, severed, ends);
    } else {
      addEdge(trunks ? siteNodeId(central.id) : link.from, hub, 'wan', trunks ? 'WAN' : link.label, edgeSite, severed, ends);
      addEdge(hub, link.to, 'wan', link.label, edgeSite, severed, ends);
    }
  }
  return { nodes, edges: [...edges.values()] };
}
