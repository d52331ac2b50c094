/** Boxes of flow nodes in the diagram's coordinates: shared by the canvas, the tour's framing and the exports. */
import type { Rect } from '../../../model/geometry';
// Where the canvas, the tour and the exports have always found it.
export { boundsOf } from '../../../model/geometry';
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
