/**
 * Build-time layout (runs in Node inside the Vite plugin, never in the browser): each site's
 * components are laid out by ELK from the site's local links, then sites are placed by placeSites.
 * The same input always gives the same positions, so permalinks and screenshots do not drift.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Architecture } from '../model/schema.ts';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  SITE_HEADER,
  SITE_PADDING,
  placeSites,
  type ArchitectureLayout,
  type Point,
  type Size,
} from '../model/geometry.ts';

const elk = new ELK();

const layoutOptions = {
  'elk.algorithm': 'layered',
  // Providers first (above, or left of) the components that depend on them: links are laid out reversed.
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.spacing.componentComponent': '28',
  'elk.separateConnectedComponents': 'true',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // ELK's edge routes are not drawn (React Flow routes edges), so no room is kept for them.
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.spacing.edgeNodeBetweenLayers': '8',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '4',
  'elk.spacing.edgeNode': '8',
  'elk.spacing.edgeEdge': '4',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': `[top=${SITE_HEADER},left=${SITE_PADDING},bottom=${SITE_PADDING},right=${SITE_PADDING}]`,
};

const ANCHOR = '__wan_anchor__';

/**
 * A stand-in for "the other side of the WAN" pulls the components that talk across it to the site's
 * border that faces the other sites: the bottom of the central site, the top of an edge site.
 * It is dropped from the result.
 */
async function layoutSite(
  arch: Architecture,
  siteId: string,
  kind: 'central' | 'edge',
  layerBound: number,
  direction: 'DOWN' | 'RIGHT',
  wrap: boolean,
): Promise<{ size: Size; positions: Record<string, Point> }> {
  const members = arch.components.filter((c) => c.site === siteId);
  const ids = new Set(members.map((c) => c.id));
  const crossing = new Set(
    arch.links
      .filter((l) => l.over === 'wan')
      .flatMap((l) => [l.from, l.to])
      .filter((id) => ids.has(id)),
  );
  const local = arch.links.filter((l) => l.over === 'local' && ids.has(l.from) && ids.has(l.to));
  const graph: ElkNode = {
    id: siteId,
    // The central site spans the row of edge sites below it; edge sites sit side by side.
    layoutOptions: {
      ...layoutOptions,
      'elk.direction': direction,
      // Long chains may wrap into side-by-side chunks instead of growing one way only.
      ...(wrap
        ? { 'elk.layered.wrapping.strategy': 'MULTI_EDGE', 'elk.aspectRatio': kind === 'central' ? '2.5' : '1.2' }
        : {}),
      // A bound on nodes per layer keeps a site from growing into one long row.
      'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
      'elk.layered.layering.coffmanGraham.layerBound': String(layerBound),
    },
    children: [
      ...members.map((c) => ({ id: c.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
      ...(crossing.size ? [{ id: ANCHOR, width: 1, height: 1 }] : []),
    ],
    edges: [
      ...local.map((l, i) => ({ id: `e${i}`, sources: [l.to], targets: [l.from] })),
      ...[...crossing].map((id, i) =>
        kind === 'central'
          ? { id: `a${i}`, sources: [id], targets: [ANCHOR] }
          : { id: `a${i}`, sources: [ANCHOR], targets: [id] },
      ),
    ],
  };
  const result = await elk.layout(graph);
  const placed = (result.children ?? []).filter((c) => c.id !== ANCHOR);
  const minX = Math.min(...placed.map((c) => c.x ?? 0));
  const minY = Math.min(...placed.map((c) => c.y ?? 0));
  const positions: Record<string, Point> = {};
  for (const child of placed) {
    positions[child.id] = {
      x: Math.round((child.x ?? 0) - minX + SITE_PADDING),
      y: Math.round((child.y ?? 0) - minY + SITE_HEADER),
    };
  }
  const width = Math.max(...placed.map((c) => positions[c.id]!.x + NODE_WIDTH)) + SITE_PADDING;
  const height = Math.max(...placed.map((c) => positions[c.id]!.y + NODE_HEIGHT)) + SITE_PADDING;
  const minWidth = NODE_WIDTH + 2 * SITE_PADDING + 40;
  return { size: { width: Math.max(minWidth, width), height }, positions };
}

const variants = [
  ['DOWN', false],
  ['DOWN', true],
  ['RIGHT', false],
  ['RIGHT', true],
] as const;

function siteVariants(arch: Architecture, siteId: string, kind: 'central' | 'edge') {
  const count = arch.components.filter((c) => c.site === siteId).length;
  // Nodes per layer: the central site spans the row of edge sites below it, so it may be wider.
  const bound =
    kind === 'central' ? Math.max(3, Math.ceil(Math.sqrt(count * 2))) : Math.max(2, Math.ceil(Math.sqrt(count)));
  return Promise.all(variants.map(([direction, wrap]) => layoutSite(arch, siteId, kind, bound, direction, wrap)));
}

/** The shape of the canvas a fitted diagram should fill: a laptop or projector screen. */
const TARGET_ASPECT = 1.6;

/**
 * Long dependency chains make a tall site when laid out downwards. Each site is laid out four ways
 * (down or right, wrapped or not) and the combination that is largest when the whole picture is
 * fitted to a 16:10 canvas wins; the plain downward layout, which reads best, wins unless another
 * is clearly (5 %) better.
 */
export async function layoutArchitecture(arch: Architecture): Promise<ArchitectureLayout> {
  const central = arch.sites.find((s) => s.kind === 'central')!;
  const edges = arch.sites.filter((s) => s.kind === 'edge');
  const centralOptions = await siteVariants(arch, central.id, 'central');
  const edgeOptions = await Promise.all(edges.map((s) => siteVariants(arch, s.id, 'edge')));
  let best: { score: number; layout: ArchitectureLayout } | null = null;
  for (const [c, centralLayout] of centralOptions.entries()) {
    for (let e = 0; e < variants.length; e++) {
      const edgeLayouts = edgeOptions.map((options) => options[e]!);
      const placed = placeSites(
        { id: central.id, size: centralLayout.size },
        edges.map((s, i) => ({ id: s.id, size: edgeLayouts[i]!.size })),
      );
      const score = Math.min(TARGET_ASPECT / placed.width, 1 / placed.height) * (c === 0 && e === 0 ? 1.05 : 1);
      if (!best || score > best.score) {
        const components: Record<string, Point> = { ...centralLayout.positions };
        for (const layout of edgeLayouts) Object.assign(components, layout.positions);
        best = { score, layout: { ...placed, components } };
      }
    }
  }
  return best!.layout;
}
