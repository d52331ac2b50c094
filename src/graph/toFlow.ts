/**
 * Model + the user's choices → React Flow nodes and edges. Pure: the view memoises the result,
 * and the unit tests check it without a browser.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Architecture, Component, Layer, Site } from '../data/schema';
import type { ArchitectureLayout } from './geometry';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';
import { componentStates, isLinkSevered, type ComponentState, type CutResolution } from './status';

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
  centralDown: boolean;
  counts: StatusCounts | null;
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
export type FlowNode = ComponentFlowNode | SiteFlowNode;
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

export interface StatusCounts {
  operational: number;
  degraded: number;
  unavailable: number;
}

export const siteNodeId = (siteId: string) => `site:${siteId}`;

export interface FlowInput {
  architecture: Pick<Architecture, 'sites' | 'components' | 'links'>;
  layout: ArchitectureLayout;
  cut: CutResolution;
  selected: string | null;
  /** Components a tour step focuses; everything else is dimmed. */
  focus?: ReadonlySet<string> | null;
}

export function countStatuses(components: readonly Component[], states: Map<string, ComponentState>): StatusCounts {
  const counts: StatusCounts = { operational: 0, degraded: 0, unavailable: 0 };
  for (const c of components) {
    const s = states.get(c.id)?.state;
    if (s && s !== 'connected') counts[s]++;
  }
  return counts;
}

/** Which sides of two nodes an edge should leave and enter, from where they sit. */
export function sidesBetween(from: { x: number; y: number }, to: { x: number; y: number }): [Side, Side] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dy) >= Math.abs(dx) * 0.45 || Math.abs(dy) > NODE_HEIGHT * 2) return dy < 0 ? ['t', 'b'] : ['b', 't'];
  return dx < 0 ? ['l', 'r'] : ['r', 'l'];
}

export function toFlow({ architecture, layout, cut, selected, focus }: FlowInput): { nodes: FlowNode[]; edges: LinkFlowEdge[] } {
  const states = componentStates(architecture, cut);
  const siteById = new Map(architecture.sites.map((s) => [s.id, s]));
  const centralSite = architecture.sites.find((s) => s.kind === 'central')?.id ?? '';
  const bySite = new Map<string, Component[]>();
  for (const c of architecture.components) bySite.set(c.site, [...(bySite.get(c.site) ?? []), c]);

  const nodes: FlowNode[] = architecture.sites.map((site) => {
    const rect = layout.sites[site.id]!;
    const isCut = site.kind === 'edge' ? cut.cutSites.has(site.id) : cut.centralDown;
    return {
      id: siteNodeId(site.id),
      type: 'site',
      position: { x: rect.x, y: rect.y },
      width: rect.width,
      height: rect.height,
      style: { width: rect.width, height: rect.height },
      data: { site, cut: isCut, centralDown: cut.centralDown, counts: isCut ? countStatuses(bySite.get(site.id) ?? [], states) : null },
      selectable: false,
      focusable: false,
      ariaRole: 'group',
      ariaLabel: `${site.kind === 'central' ? 'Central site' : 'Edge site'} ${site.name}${isCut ? (site.kind === 'central' ? ', failed' : ', cut off') : ''}`,
      zIndex: 0,
    };
  });

  const absolute = new Map<string, { x: number; y: number }>();
  const siteOfComponent = new Map(architecture.components.map((c) => [c.id, c.site]));
  for (const component of architecture.components) {
    const rect = layout.sites[component.site]!;
    const at = layout.components[component.id]!;
    absolute.set(component.id, { x: rect.x + at.x + NODE_WIDTH / 2, y: rect.y + at.y + NODE_HEIGHT / 2 });
    const status = states.get(component.id)!;
    const site = siteById.get(component.site)!;
    const emphasis = focus && focus.size > 0 ? (focus.has(component.id) ? 'focus' : 'dim') : 'normal';
    nodes.push({
      id: component.id,
      type: 'component',
      parentId: siteNodeId(component.site),
      position: at,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      data: { name: component.name, layer: component.layer, siteName: site.name, optional: component.optional ?? false, status, emphasis },
      selected: component.id === selected,
      ariaRole: 'button',
      ariaLabel: `${component.name}, ${component.layer.replace('-', ' ')}, on ${site.name}${status.state === 'connected' ? '' : `, ${status.state}`}`,
      zIndex: 1,
    });
  }

  const edges: LinkFlowEdge[] = architecture.links.map((link) => {
    const fromSite = siteOfComponent.get(link.from)!;
    const toSite = siteOfComponent.get(link.to)!;
    const [sourceSide, targetSide] = sidesBetween(absolute.get(link.from)!, absolute.get(link.to)!);
    const severed = isLinkSevered(link, fromSite, toSite, cut, centralSite);
    const edgeSite = link.over === 'wan' ? ([fromSite, toSite].find((s) => siteById.get(s)?.kind === 'edge') ?? null) : null;
    const dim = !!focus && focus.size > 0 && !(focus.has(link.from) || focus.has(link.to));
    return {
      id: `${link.from}->${link.to}`,
      type: 'link',
      source: link.from,
      target: link.to,
      sourceHandle: `s-${sourceSide}`,
      targetHandle: `t-${targetSide}`,
      data: { over: link.over, label: link.label, severed, edgeSite, dim },
      selectable: link.over === 'wan',
      focusable: link.over === 'wan',
      ariaLabel: `${link.over === 'wan' ? 'WAN' : 'Local'} link from ${link.from} to ${link.to}: ${link.label}${severed ? ', cut' : ''}`,
      zIndex: link.over === 'wan' ? 2 : 1,
    };
  });
  return { nodes, edges };
}
