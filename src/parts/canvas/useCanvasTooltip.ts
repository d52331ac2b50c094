/**
 * The tooltip of the line or WAN hub pointed at or focused: what it is about and where; its words come
 * from the current nodes and links, so cutting the hub under the pointer updates them. Hands the canvas
 * its handlers, and the nodes with each hub described by the tooltip.
 */
import { useCallback, useId, useMemo, useState, type FocusEvent, type MouseEvent, type RefObject } from 'react';
import type { OnMove } from '@xyflow/react';
import type { EdgeShape } from './flow/paths';
import { siteOfHub, type FlowNode } from './flow/types';
import { hubTip, linkTip, type Tip } from './tooltip';

interface Options {
  /** The nodes drawn. */
  nodes: FlowNode[];
  /** Every node built, for the names at a link's ends. */
  built: FlowNode[];
  edges: readonly EdgeShape[];
  wrapper: RefObject<HTMLDivElement | null>;
  onMoveStart: OnMove;
  onMoveEnd: OnMove;
}

export function useCanvasTooltip({ nodes, built, edges, wrapper, onMoveStart, onMoveEnd }: Options) {
  const tipId = `${useId().replace(/:/g, '')}-tip`;
  const [pointed, setPointed] = useState<Pick<Tip, 'about' | 'anchor'> | null>(null);
  const tip = useMemo((): Tip | null => {
    if (!pointed) return null;
    const hub = nodes.find((n) => n.id === pointed.about);
    if (hub?.type === 'hub') return { ...pointed, ...hubTip(hub.data) };
    const shape = edges.find((e) => e.id === pointed.about);
    if (!shape) return null;
    const names = new Map(built.flatMap((n) => (n.type === 'component' ? [[n.id, n.data.name] as const] : [])));
    return { ...pointed, ...linkTip(shape, (id) => names.get(id) ?? id) };
  }, [pointed, nodes, built, edges]);
  const onPointAt = useCallback((shape: EdgeShape | null, at: { x: number; y: number } | null) => {
    if (shape && at) setPointed({ about: shape.id, anchor: { x: at.x - 8, y: at.y - 8, width: 16, height: 16 } });
    else setPointed((p) => (p && !siteOfHub(p.about) ? null : p));
  }, []);
  const pointHub = useCallback((element: Element | null) => {
    const node = element?.closest<HTMLElement>('.react-flow__node-hub');
    const id = node?.dataset.id;
    if (!node || !id) return false;
    const r = node.getBoundingClientRect();
    setPointed({ about: id, anchor: { x: r.left, y: r.top, width: r.width, height: r.height } });
    return true;
  }, []);
  const onNodeMouseEnter = useCallback(
    (event: MouseEvent, node: FlowNode) => node.type === 'hub' && pointHub(event.currentTarget),
    [pointHub],
  );
  const onNodeMouseLeave = useCallback((event: MouseEvent, node: FlowNode) => {
    // Keyboard focus on the hub keeps its tooltip.
    if (node.type === 'hub' && document.activeElement !== event.currentTarget)
      setPointed((p) => (p?.about === node.id ? null : p));
  }, []);
  const onFocus = (event: FocusEvent) => {
    if (!pointHub(event.target)) setPointed((p) => (p && siteOfHub(p.about) ? null : p));
  };
  const onBlur = (event: FocusEvent) => {
    const id = event.target.closest<HTMLElement>('.react-flow__node-hub')?.dataset.id;
    if (id) setPointed((p) => (p?.about === id ? null : p));
  };
  // A move takes the anchor away from under the tooltip.
  const onMoveStartHidingTip: typeof onMoveStart = useCallback(
    (...args: Parameters<typeof onMoveStart>) => {
      setPointed(null);
      onMoveStart(...args);
    },
    [onMoveStart],
  );
  // A focused hub's tooltip comes back where the move put the hub.
  const onMoveEndPlacingTip: typeof onMoveEnd = useCallback(
    (...args: Parameters<typeof onMoveEnd>) => {
      onMoveEnd(...args);
      if (wrapper.current?.contains(document.activeElement)) pointHub(document.activeElement);
    },
    [onMoveEnd, wrapper, pointHub],
  );
  // Each hub is described by the tooltip (its words are the hub's, while it is pointed at or focused).
  const drawn = useMemo(
    () =>
      nodes.map((n) =>
        n.type === 'hub' ? { ...n, domAttributes: { ...n.domAttributes, 'aria-describedby': tipId } } : n,
      ),
    [nodes, tipId],
  );
  return {
    id: tipId,
    tip,
    nodes: drawn,
    onPointAt,
    onNodeMouseEnter,
    onNodeMouseLeave,
    onFocus,
    onBlur,
    onMoveStart: onMoveStartHidingTip,
    onMoveEnd: onMoveEndPlacingTip,
  };
}
