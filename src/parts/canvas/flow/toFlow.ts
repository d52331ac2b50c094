/**
 * Model + the simulated states → the nodes React Flow draws and the edge shapes the edge layer draws.
 * Pure: the view memoises the result per architecture and cut, and emphasis.ts applies the selection
 * on top without rebuilding it.
 */
import type { ArchitectureLayout } from '../../../model/geometry';
import type { GraphArchitecture, GraphComponent } from '../../../model/dataset';
import type { CutResolution } from '../../../simulation/cut';
import type { ComponentState } from '../../../simulation/status';
import { componentNode, fleetNode, hubNode, isSiteCut, siteNode, wanCarries } from './nodes';
import { routedShapes, withCut, type RoutedShape } from './paths';
import type { Flow, FlowNode } from './types';

interface FlowInput {
  architecture: Pick<GraphArchitecture, 'sites' | 'components' | 'links'>;
  layout: ArchitectureLayout;
  cut: CutResolution;
  states: ReadonlyMap<string, ComponentState>;
  /** Fleet overview, zoomed far out: edge sites are drawn as tiles, without components, hubs or links. */
  collapsed?: boolean;
}

// The links' shapes do not change with a cut, only which are severed: a cut of a 1,000-site fleet
// would otherwise sift tens of thousands of routed paths again. Per architecture object, layout and view.
const routes = new WeakMap<object, { layout: object; collapsed: boolean; shapes: RoutedShape[] }[]>();

function routedOnce(
  architecture: FlowInput['architecture'],
  layout: ArchitectureLayout,
  collapsed: boolean,
  shown: FlowInput['architecture'],
): RoutedShape[] {
  let made = routes.get(architecture);
  if (!made) routes.set(architecture, (made = []));
  let entry = made.find((e) => e.layout === layout && e.collapsed === collapsed);
  if (!entry) made.push((entry = { layout, collapsed, shapes: routedShapes({ architecture: shown, layout }) }));
  return entry.shapes;
}

export function toFlow({ architecture, layout, cut, states, collapsed = false }: FlowInput): Flow {
  const shownSites = architecture.sites.filter((s) => !(collapsed && s.kind === 'edge'));
  const members = new Map<string, GraphComponent[]>(shownSites.map((s) => [s.id, []]));
  for (const c of architecture.components) members.get(c.site)?.push(c);

  const nodes: FlowNode[] = collapsed ? [fleetNode(architecture.sites, layout, cut)] : [];
  for (const site of shownSites) {
    nodes.push(siteNode(site, layout, members.get(site.id)!, cut, states));
    for (const component of members.get(site.id)!)
      nodes.push(componentNode(component, site, layout, states.get(component.id)!));
  }
  const shown = { ...architecture, sites: shownSites, components: shownSites.flatMap((s) => members.get(s.id)!) };
  const edges = withCut(routedOnce(architecture, layout, collapsed, shown), cut);
  if (collapsed) return { nodes, edges };
  for (const [siteId, carries] of wanCarries(shown)) {
    const site = shownSites.find((s) => s.id === siteId)!;
    const hub = hubNode(site, layout, carries, isSiteCut(site, cut) || cut.centralDown);
    if (hub) nodes.push(hub);
  }
  return { nodes, edges };
}
