/**
 * Build-time layout (runs in Node inside the Vite plugin, never in the browser): each site's
 * components are laid out by ELK from the site's local links, then sites are placed by placeSites.
 * The same input always gives the same positions, so permalinks and screenshots do not drift.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Architecture } from '../data/schema.ts';
import { NODE_HEIGHT, NODE_WIDTH, SITE_HEADER, SITE_PADDING, placeSites, type ArchitectureLayout, type Point, type Size } from './geometry.ts';

const elk = new ELK();

const layoutOptions = {
  'elk.algorithm': 'layered',
  // Providers above the components that depend on them: links are laid out reversed (to → from).
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.spacing.componentComponent': '28',
  'elk.separateConnectedComponents': 'true',
  'elk.aspectRatio': '2.2',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': `[top=${SITE_HEADER},left=${SITE_PADDING},bottom=${SITE_PADDING},right=${SITE_PADDING}]`,
};

async function layoutSite(arch: Architecture, siteId: string): Promise<{ size: Size; positions: Record<string, Point> }> {
  const members = arch.components.filter((c) => c.site === siteId);
  const ids = new Set(members.map((c) => c.id));
  const graph: ElkNode = {
    id: siteId,
    layoutOptions,
    children: members.map((c) => ({ id: c.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: arch.links
      .filter((l) => l.over === 'local' && ids.has(l.from) && ids.has(l.to))
      .map((l, i) => ({ id: `e${i}`, sources: [l.to], targets: [l.from] })),
  };
  const result = await elk.layout(graph);
  const positions: Record<string, Point> = {};
  for (const child of result.children ?? []) positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  const minWidth = NODE_WIDTH + 2 * SITE_PADDING + 40;
  return { size: { width: Math.max(minWidth, Math.round(result.width ?? 0)), height: Math.round(result.height ?? 0) }, positions };
}

export async function layoutArchitecture(arch: Architecture): Promise<ArchitectureLayout> {
  const perSite = new Map<string, Awaited<ReturnType<typeof layoutSite>>>();
  for (const site of arch.sites) perSite.set(site.id, await layoutSite(arch, site.id));
  const central = arch.sites.find((s) => s.kind === 'central')!;
  const edges = arch.sites.filter((s) => s.kind === 'edge');
  const placed = placeSites(
    { id: central.id, size: perSite.get(central.id)!.size },
    edges.map((s) => ({ id: s.id, size: perSite.get(s.id)!.size })),
  );
  const components: Record<string, Point> = {};
  for (const { positions } of perSite.values()) Object.assign(components, positions);
  return { ...placed, components };
}
