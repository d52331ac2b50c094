/**
 * The cheap second pass over a graph: which node is selected and which nodes and edges are in focus
 * (a tour step's components, or the selected component and everything it depends on or that depends
 * on it). Nodes and edges whose look does not change keep their identity, so React Flow and the
 * memoised node views skip them: a selection re-renders the handful of nodes it touches, not all.
 */
import { FOCUS_CLASS, type Flow, type FlowNode, type LinkFlowEdge } from './types';

export interface Emphasis {
  selected: string | null;
  /** Node ids to bring forward (the rest is dimmed by the canvas); null: nothing is focused. */
  focus: ReadonlySet<string> | null;
  /** The links (`from->to`) to bring forward; null: every edge between two focused nodes. */
  focusLinks?: ReadonlySet<string> | null;
}

export function emphasise(flow: Flow, { selected, focus, focusLinks }: Emphasis): Flow {
  const nodes = flow.nodes.map((node): FlowNode => {
    const isSelected = node.id === selected;
    const inFocus = !!focus?.has(node.id);
    if (!isSelected && !inFocus) return node;
    return { ...node, selected: isSelected, className: inFocus ? FOCUS_CLASS : undefined } as FlowNode;
  });
  const edges = flow.edges.map((edge): LinkFlowEdge => {
    const inFocus = focusLinks
      ? edge.data!.links.some((key) => focusLinks.has(key))
      : !!focus && focus.has(edge.source) && focus.has(edge.target);
    return inFocus ? { ...edge, className: FOCUS_CLASS } : edge;
  });
  return { nodes, edges };
}
