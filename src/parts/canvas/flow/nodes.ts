/** The nodes of a graph: site containers, components inside them, one WAN hub per edge site, and a fleet's tiles. */
import type { ArchitectureLayout } from '../../../model/geometry';
import type { GraphArchitecture, GraphComponent as Component, GraphSite as Site } from '../../../model/dataset';
import type { CutResolution } from '../../../simulation/cut';
import type { ComponentState } from '../../../simulation/status';
import { countStatuses } from '../../../simulation/summary';
import { changesOverTime } from '../../../simulation/timeline';
import {
  hubNodeId,
  siteNodeId,
  type ComponentFlowNode,
  type FleetFlowNode,
  type HubFlowNode,
  type SiteFlowNode,
} from './types';

/**
 * A node's size, known from the build's layout, told to React Flow as measured, and no handles (the edge
 * layer draws the links). Otherwise React Flow draws every node it is given once, off screen or not, to
 * measure it and find its handles (zooming into a fleet drew hundreds of sites at once), and measures
 * again each node that a selection gives a new object.
 */
const sized = (width: number, height: number) => ({ width, height, measured: { width, height }, handles: [] });

export const isSiteCut = (site: Pick<Site, 'id' | 'kind'>, cut: CutResolution) =>
  site.kind === 'edge' ? cut.cutSites.has(site.id) : cut.centralDown;

export function siteNode(
  site: Site,
  layout: ArchitectureLayout,
  members: readonly Component[],
  cut: CutResolution,
  states: ReadonlyMap<string, ComponentState>,
): SiteFlowNode {
  const rect = layout.sites[site.id]!;
  const isCut = isSiteCut(site, cut);
  return {
    id: siteNodeId(site.id),
    type: 'site',
    position: { x: rect.x, y: rect.y },
    ...sized(rect.width, rect.height),
    style: { width: rect.width, height: rect.height },
    data: { site, cut: isCut, counts: isCut ? countStatuses(members, states) : null },
    selectable: false,
    focusable: false,
    ariaRole: 'group',
    ariaLabel: `${site.kind === 'central' ? 'Central site' : 'Edge site'} ${site.name}${isCut ? (site.kind === 'central' ? ', failed' : ', cut off') : ''}`,
  };
}

export function componentNode(
  component: Component,
  site: Site,
  layout: ArchitectureLayout,
  status: ComponentState,
): ComponentFlowNode {
  const box = layout.components[component.id]!;
  return {
    id: component.id,
    type: 'component',
    parentId: siteNodeId(component.site),
    position: { x: box.x, y: box.y },
    ...sized(box.width, box.height),
    data: {
      name: component.name,
      lines: layout.labels[component.id] ?? [component.name],
      layer: component.layer,
      optional: component.optional ?? false,
      status,
      changesLater: changesOverTime(component),
    },
    ariaRole: 'button',
    ariaLabel: `${component.name}, ${component.layer.replace('-', ' ')}, on ${site.name}${status.state === 'connected' ? '' : `, ${status.state}`}`,
  };
}

/** An edge site's WAN link, in the gap above the site where its links leave it: one thing to see, cut and restore. */
export function hubNode(
  site: Site,
  layout: ArchitectureLayout,
  carries: readonly string[],
  severed: boolean,
): HubFlowNode | null {
  const rect = layout.sites[site.id]!;
  const hub = layout.hubs[site.id];
  if (!hub) return null;
  return {
    id: hubNodeId(site.id),
    type: 'hub',
    position: { x: rect.x + hub.x, y: rect.y + hub.y },
    ...sized(hub.width, hub.height),
    data: { siteId: site.id, siteName: site.name, severed, carries: [...carries] },
    ariaRole: 'button',
    ariaLabel: `WAN link of ${site.name}, ${severed ? 'cut' : 'connected'}. Carries ${carries.join(', ')}. Press Enter to ${severed ? 'restore' : 'cut'} it.`,
    zIndex: 2,
  };
}

/**
 * Every edge site of a fleet as one node that draws them all as tiles: a thousand React Flow nodes
 * cost a thousand store subscriptions, one node with a thousand rectangles costs one.
 */
export function fleetNode(sites: readonly Site[], layout: ArchitectureLayout, cut: CutResolution): FleetFlowNode {
  const edges = sites.filter((s) => s.kind === 'edge');
  const rects = edges.map((s) => layout.sites[s.id]!);
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  const tiles = edges.map((s, i) => ({
    id: s.id,
    name: s.name,
    x: rects[i]!.x - left,
    y: rects[i]!.y - top,
    width: rects[i]!.width,
    height: rects[i]!.height,
    cut: isSiteCut(s, cut) || cut.centralDown,
  }));
  const cutCount = tiles.filter((t) => t.cut).length;
  return {
    id: 'fleet',
    type: 'fleet',
    position: { x: left, y: top },
    ...sized(right - left, bottom - top),
    data: { tiles, cutCount },
    selectable: false,
    focusable: false,
    ariaRole: 'img',
    ariaLabel: `${edges.length} edge sites, ${cutCount} cut off. Zoom in to see their components.`,
  };
}

/** What crosses each edge site's WAN link, by the labels of the links that cross it. */
export function wanCarries(arch: Pick<GraphArchitecture, 'sites' | 'components' | 'links'>): Map<string, string[]> {
  const siteOf = new Map(arch.components.map((c) => [c.id, c.site]));
  const edgeSites = new Set(arch.sites.filter((s) => s.kind === 'edge').map((s) => s.id));
  const carries = new Map<string, Set<string>>();
  for (const link of arch.links) {
    if (link.over !== 'wan') continue;
    for (const site of new Set([siteOf.get(link.from), siteOf.get(link.to)])) {
      if (site && edgeSites.has(site)) carries.set(site, (carries.get(site) ?? new Set()).add(link.label));
    }
  }
  return new Map([...carries].map(([site, labels]) => [site, [...labels]]));
}
