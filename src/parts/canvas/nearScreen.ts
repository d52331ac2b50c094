/**
 * The part of the diagram near the screen: a zoomed-in fleet builds sites a screen around the view, but
 * draws only what is near the screen, since every drawn node and link piece costs React Flow's store,
 * style, layout and paint on each selection.
 */
import { intersects, type Rect } from '../../model/geometry';
import type { FlowNode } from './flow/types';

interface ViewState {
  transform: [number, number, number];
  width: number;
  height: number;
}

/**
 * The cells of a grid that the screen overlaps, grown by `margin` cells, as "cell x0 y0 x1 y1"; a cell
 * is about a quarter of the screen's shorter side (a power of two in diagram units). A string, so that
 * a selector built on it changes only when the screen crosses into another cell or the zoom changes by
 * an octave, not at every step of a pan. Null before the canvas is measured: draw everything.
 */
export function nearScreen({ transform: [tx, ty, zoom], width, height }: ViewState, margin: number): string | null {
  if (!width || !height) return null;
  const cell = 2 ** Math.ceil(Math.log2(Math.min(width, height) / zoom / 4));
  const x0 = Math.floor(-tx / zoom / cell) - margin;
  const y0 = Math.floor(-ty / zoom / cell) - margin;
  const x1 = Math.ceil((width - tx) / zoom / cell) + margin;
  const y1 = Math.ceil((height - ty) / zoom / cell) + margin;
  return `${cell} ${x0} ${y0} ${x1} ${y1}`;
}

export function areaOf(key: string): Rect {
  const [cell, x0, y0, x1, y1] = key.split(' ').map(Number) as [number, number, number, number, number];
  return { x: x0 * cell, y: y0 * cell, width: (x1 - x0) * cell, height: (y1 - y0) * cell };
}

/** The top-level nodes whose boxes overlap `area`, with the children of those kept (React Flow needs a child's parent). */
export function nodesNear(nodes: readonly FlowNode[], area: Rect): FlowNode[] {
  const kept = new Set<string>();
  return nodes.filter((node) => {
    if (node.parentId) return kept.has(node.parentId);
    const box = { ...node.position, width: node.width ?? 0, height: node.height ?? 0 };
    if (!intersects(box, area)) return false;
    kept.add(node.id);
    return true;
  });
}
