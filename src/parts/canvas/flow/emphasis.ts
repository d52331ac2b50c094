/**
 * The cheap second pass over a graph: which node is selected and which nodes are in focus (a tour
 * step's components, or the selected component and everything it depends on or that depends on it).
 * Nodes whose look does not change keep their identity, so React Flow and the memoised node views
 * skip them: a selection re-renders the handful of nodes it touches, not all of them.
 */
import type { Membership } from '../../../simulation/dependencies';
import { FOCUS_CLASS, type FlowNode } from './types';

export interface Emphasis {
  selected: string | null;
  /** Node ids to bring forward (the rest is dimmed by the canvas); null: nothing is focused. */
  focus: Membership | null;
}

export function emphasise(nodes: readonly FlowNode[], { selected, focus }: Emphasis): FlowNode[] {
  return nodes.map((node): FlowNode => {
    const isSelected = node.id === selected;
    const inFocus = !!focus?.has(node.id);
    if (!isSelected && !inFocus) return node;
    return { ...node, selected: isSelected, className: inFocus ? FOCUS_CLASS : undefined } as FlowNode;
  });
}
