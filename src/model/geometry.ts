/** Sizes shared by the build-time layout, the fleet grid and the React Flow nodes, so they agree. */
export const NODE_WIDTH = 208;
export const NODE_HEIGHT = 64;
/** Room for the site's title bar above its components. */
export const SITE_HEADER = 52;
export const SITE_PADDING = 20;
export const SITE_GAP = 88;
/** The WAN link of an edge site is drawn as a hub in the gap above the site. */
export const HUB_WIDTH = 176;
export const HUB_HEIGHT = 40;
/** Below this zoom a fleet's sites are drawn as tiles: their components would be specks anyway. */
export const OVERVIEW_ZOOM = 0.3;

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Point, Size {}

export interface ArchitectureLayout {
  /** Absolute rectangle of each site container. */
  sites: Record<string, Rect>;
  /** Position of each component relative to its site's top-left corner. */
  components: Record<string, Point>;
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
  const rowWidth = edges.length === 0 ? 0 : cols * colWidth + (cols - 1) * SITE_GAP;
  const width = Math.max(central.size.width, rowWidth);
  sites[central.id] = { x: (width - central.size.width) / 2, y: 0, ...central.size };
  let y = central.size.height + SITE_GAP;
  const rowTop: number[] = [];
  rowHeights.forEach((h, row) => {
    rowTop[row] = y;
    y += h + SITE_GAP;
  });
  const offset = (width - rowWidth) / 2;
  edges.forEach((e, i) => {
    const row = Math.floor(i / cols);
    const col = i % cols;
    sites[e.id] = { x: offset + col * (colWidth + SITE_GAP), y: rowTop[row]!, ...e.size };
  });
  const height = edges.length === 0 ? central.size.height : y - SITE_GAP;
  return { sites, width, height };
}

/** A few sites side by side; a fleet in a roughly 16:9 grid. */
export function defaultColumns(count: number): number {
  if (count <= 4) return Math.max(1, count);
  return Math.ceil(Math.sqrt(count * 1.2));
}

/** The part of the diagram a viewport shows on a screen of `size`, grown by `margin` screens each way. */
export function visibleRegion(view: { x: number; y: number; zoom: number }, size: Size, margin = 1): Rect {
  const width = size.width / view.zoom;
  const height = size.height / view.zoom;
  return {
    x: -view.x / view.zoom - margin * width,
    y: -view.y / view.zoom - margin * height,
    width: width * (1 + 2 * margin),
    height: height * (1 + 2 * margin),
  };
}

export const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
