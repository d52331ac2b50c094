/**
 * Where everything is drawn, computed once at build time (src/layout/layout.ts) for the documented
 * architectures and by pure arithmetic in the browser for a generated fleet (src/simulation/fleet.ts).
 */
import { HUB_HEIGHT, SITE_GAP, SITE_GAP_X } from './typography';

/**
 * Below this zoom a fleet's sites are drawn as tiles: their components' names would be under 7 px, and
 * every screenful would hold hundreds of boxes.
 */
export const OVERVIEW_ZOOM = 0.45;

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Point, Size {}

/**
 * One stretch of a link's route. `site`: the points are relative to that site's top-left corner (so a
 * fleet's copies of a site reuse them); null: absolute diagram coordinates.
 */
export interface RouteLeg {
  site: string | null;
  points: Point[];
}

export interface DrawnPath {
  over: 'wan' | 'local';
  legs: RouteLeg[];
  /** The component at each end of the path, null where it ends at a port or past a hub. */
  start: string | null;
  end: string | null;
  /** The links (`from->to`) this path is part of. */
  links: string[];
  /** The edge site whose WAN link this piece belongs to (it is severed when that site is cut); null for a local link. */
  edgeSite: string | null;
}

export interface ArchitectureLayout {
  /** Absolute rectangle of each site container. */
  sites: Record<string, Rect>;
  /** Each component's box, relative to its site's top-left corner, sized to its label. */
  components: Record<string, Rect>;
  /** Each component's name as the lines it is drawn in (measured and wrapped at build time). */
  labels: Record<string, string[]>;
  /** Each edge site's WAN hub, relative to that site's top-left corner (above it, in the gap). */
  hubs: Record<string, Rect>;
  /**
   * What is drawn between boxes, each piece once: a local link inside a site; for WAN links, a leg from
   * a component to its site's port, one lane per edge site from that port through its hub to the
   * central site, and a leg from there to each central component. A WAN link is the chain of pieces
   * that `links` says it uses; pieces shared by several links are drawn once.
   */
  paths: Record<string, DrawnPath>;
  width: number;
  height: number;
}

/**
 * Central site on top, edge sites below in rows. Pure arithmetic so a generated fleet of
 * thousands of sites is placed in the browser without running a layout engine.
 */
export function placeSites(
  central: { id: string; size: Size },
  edges: readonly { id: string; size: Size }[],
  columns = defaultColumns(edges.length),
): Pick<ArchitectureLayout, 'sites' | 'width' | 'height'> {
  const sites: Record<string, Rect> = {};
  const cols = Math.max(1, Math.min(columns, edges.length));
  const colWidth = Math.max(0, ...edges.map((e) => e.size.width));
  const rowHeights: number[] = [];
  edges.forEach((e, i) => {
    const row = Math.floor(i / cols);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, e.size.height);
  });
  // A few sites keep their own widths side by side; a fleet's identical sites share a grid.
  const rowWidth = (row: number) => {
    const members = edges.slice(row * cols, row * cols + cols);
    return (
      members.reduce((sum, e) => sum + (cols <= 4 ? e.size.width : colWidth), 0) + (members.length - 1) * SITE_GAP_X
    );
  };
  const widest = Math.max(0, ...rowHeights.map((_, row) => rowWidth(row)));
  const width = Math.max(central.size.width, widest);
  sites[central.id] = { x: (width - central.size.width) / 2, y: 0, ...central.size };
  let y = central.size.height + SITE_GAP;
  rowHeights.forEach((h, row) => {
    let x = (width - rowWidth(row)) / 2;
    for (const e of edges.slice(row * cols, row * cols + cols)) {
      sites[e.id] = { x, y, ...e.size };
      x += (cols <= 4 ? e.size.width : colWidth) + SITE_GAP_X;
    }
    y += h + SITE_GAP;
  });
  const height = edges.length === 0 ? central.size.height : y - SITE_GAP;
  return { sites, width, height };
}

/** A few sites side by side; a fleet in a roughly 16:9 grid. */
export function defaultColumns(count: number): number {
  if (count <= 4) return Math.max(1, count);
  return Math.ceil(Math.sqrt(count * 1.2));
}

/** A hub's box relative to its edge site: centred on the x where the site's WAN links leave it, in the gap above. */
export function hubAbove(portX: number, width: number): Rect {
  return { x: portX - width / 2, y: -SITE_GAP / 2 - HUB_HEIGHT / 2, width, height: HUB_HEIGHT };
}

export const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Absolute points of a route: each leg's points moved by its site's corner. */
export function routePoints(legs: readonly RouteLeg[], sites: Readonly<Record<string, Rect>>): Point[] {
  const points: Point[] = [];
  for (const leg of legs) {
    const origin = leg.site === null ? { x: 0, y: 0 } : sites[leg.site];
    if (!origin) continue;
    for (const p of leg.points) {
      const q = { x: p.x + origin.x, y: p.y + origin.y };
      const last = points.at(-1);
      if (!last || Math.abs(last.x - q.x) > 0.5 || Math.abs(last.y - q.y) > 0.5) points.push(q);
    }
  }
  return points;
}

/** The smallest rectangle around `boxes` (an empty one for none). */
export function boundsOf(boxes: readonly Rect[]): Rect {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
