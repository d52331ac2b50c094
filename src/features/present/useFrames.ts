/**
 * The step's frames on the canvas as it is now: its size is what is left between the controls and the
 * caption, so the frames follow the caption being hidden and the details panel opening.
 */
import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { absoluteBoxes } from '../../parts/canvas/flow/boxes';
import type { FlowNode } from '../../parts/canvas/flow/types';
import { framesFor } from './frames';

export function useFrames(
  canvas: RefObject<HTMLElement | null>,
  nodes: readonly FlowNode[],
  focus: readonly string[] | null,
) {
  const size = useSize(canvas);
  const frames = useMemo(() => {
    const wanted = new Set(focus ?? []);
    const boxes = absoluteBoxes(nodes)
      .filter((b) => wanted.has(b.node.id))
      .map((b) => ({ id: b.node.id, x: b.x, y: b.y, width: b.width, height: b.height }));
    return framesFor(boxes, size.width, size.height);
  }, [nodes, focus, size.width, size.height]);
  return { size, frames };
}

function useSize(element: RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(() =>
      setSize((s) =>
        s.width === target.clientWidth && s.height === target.clientHeight
          ? s
          : { width: target.clientWidth, height: target.clientHeight },
      ),
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
