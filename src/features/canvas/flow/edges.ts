/**
 * The edges of a graph. Local links join two components of one site. Each WAN link runs through its
 * edge site's hub (component → hub → component), so a site's link is one thing to see and cut, and
 * dozens of long crossing lines become a few short ones. At fleet scale a hub joins the central site
 * once (a trunk) instead of fanning out to its components.
 */
import type { Architecture } from '../../../model/schema';
import { linkKey } from '../../../simulation/dependencies';
import type { CutResolution } from '../../../simulation/cut';
import { hubNodeId, siteNodeId, type LinkFlowEdge } from './types';

export type Side = 't' | 'b' | 'l' | 'r';

/** Which sides of two nodes an edge should leave and enter, from where their centres sit. */
export function sidesBetween(
  from: { x: number; y: number },
  to: { x: number; y: number },
  nodeHeight: number,
): [Side, Side] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dy) >= Math.abs(dx) * 0.45 || Math.abs(dy) > nodeHeight * 2) return dy < 0 ? ['t', 'b'] : ['b', 't'];
  return dx < 0 ? ['l', 'r'] : ['r', 'l'];
}

export interface EdgeInput {
  architecture: Pick<Architecture, 'sites' | 'components' | 'links'>;
  cut: CutResolution;
  /** Centre of every node an edge may join, in diagram coordinates. */
  centre: ReadonlyMap<string, { x: number; y: number }>;
  nodeHeight: number;
  trunks: boolean;
}

export function linkEdges({ architecture, cut, centre, nodeHeight, trunks }: EdgeInput): LinkFlowEdge[] {
  const siteOf = new Map(architecture.components.map((c) => [c.id, c.site]));
  const kindOf = new Map(architecture.sites.map((s) => [s.id, s.kind]));
  const central = architecture.sites.find((s) => s.kind === 'central')!;
  const severedSite = (siteId: string) => cut.centralDown || cut.cutSites.has(siteId);
  const edges = new Map<string, LinkFlowEdge>();

  const add = (
    source: string,
    target: string,
    over: 'wan' | 'local',
    label: string,
    edgeSite: string | null,
    severed: boolean,
    key: string,
  ) => {
    const id = `${source}->${target}`;
    const existing = edges.get(id);
    if (existing) {
      const data = existing.data!;
      existing.data = {
        ...data,
        label: data.label.split(' · ').includes(label) ? data.label : `${data.label} · ${label}`,
        links: [...data.links, key],
      };
      return;
    }
    const [sourceSide, targetSide] = target.startsWith('site:')
      ? (['t', 'b'] as [Side, Side])
      : sidesBetween(centre.get(source)!, centre.get(target)!, nodeHeight);
    edges.set(id, {
      id,
      type: 'link',
      source,
      target,
      sourceHandle: `s-${sourceSide}`,
      targetHandle: `t-${targetSide}`,
      data: { over, label, severed, edgeSite, links: [key] },
      selectable: false,
      focusable: false,
      ariaLabel: `${over === 'wan' ? 'WAN' : 'Local'} link from ${source} to ${target}${severed ? ', cut' : ''}`,
    });
  };

  for (const link of architecture.links) {
    const fromSite = siteOf.get(link.from)!;
    const toSite = siteOf.get(link.to)!;
    if (!centre.has(link.from) || !centre.has(link.to)) continue;
    const key = linkKey(link);
    if (link.over === 'local') {
      add(link.from, link.to, 'local', link.label, null, false, key);
      continue;
    }
    const fromEdge = kindOf.get(fromSite) === 'edge';
    const toEdge = kindOf.get(toSite) === 'edge';
    if (fromEdge && toEdge) {
      add(link.from, hubNodeId(fromSite), 'wan', link.label, fromSite, severedSite(fromSite), key);
      add(
        hubNodeId(fromSite),
        hubNodeId(toSite),
        'wan',
        link.label,
        toSite,
        severedSite(fromSite) || severedSite(toSite),
        key,
      );
      add(hubNodeId(toSite), link.to, 'wan', link.label, toSite, severedSite(toSite), key);
      continue;
    }
    const edgeSite = fromEdge ? fromSite : toSite;
    const hub = hubNodeId(edgeSite);
    const severed = severedSite(edgeSite);
    const centralEnd = trunks ? siteNodeId(central.id) : null;
    const label = trunks ? 'WAN' : link.label;
    if (fromEdge) {
      add(link.from, hub, 'wan', link.label, edgeSite, severed, key);
      add(hub, centralEnd ?? link.to, 'wan', label, edgeSite, severed, key);
    } else {
      add(centralEnd ?? link.from, hub, 'wan', label, edgeSite, severed, key);
      add(hub, link.to, 'wan', link.label, edgeSite, severed, key);
    }
  }
  return [...edges.values()];
}
