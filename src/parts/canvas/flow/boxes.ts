/** Boxes of flow nodes in the diagram's coordinates: shared by the canvas, the tour's framing and the exports. */
import type { Rect } from '../../../model/geometry';
import type { FlowNode } from './types';

export interface NodeBox extends Rect {
  node: FlowNode;
}

/** Every node with its absolute box (children are placed relative to their site). */
export function absoluteBoxes(nodes: readonly FlowNode[]): NodeBox[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return nodes.map((node) => {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    return {
      node,
      x: node.position.x + (parent?.position.x ?? 0),
      y: node.position.y + (parent?.position.y ?? 0),
      width: node.width ?? 0,
      height: node.height ?? 0,
    };
  });
}

export function boundsOf(boxes: readonly Rect[]): Rect {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
