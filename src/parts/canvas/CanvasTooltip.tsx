/**
 * The tooltip of the line or hub under the pointer or keyboard focus, in screen pixels (its text
 * stays legible at any zoom), kept inside the canvas. It never takes the pointer: a click reaches
 * the canvas beneath. Always in the page, so a hub's aria-describedby points at something; empty
 * and hidden when there is nothing to say.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { placeTip, type Tip } from './tooltip';
import type { Point } from '../../model/geometry';

export function CanvasTooltip({
  id,
  tip,
  within,
}: {
  id: string;
  tip: Tip | null;
  /** The canvas: the tooltip is placed in it, relative to its corner. */
  within: RefObject<HTMLElement | null>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<Point | null>(null);
  useLayoutEffect(() => {
    const box = within.current?.getBoundingClientRect();
    const own = ref.current?.getBoundingClientRect();
    if (!tip || !box || !own) return setAt(null);
    const bounds = { x: box.left, y: box.top, width: box.width, height: box.height };
    const place = placeTip(tip.anchor, { width: own.width, height: own.height }, bounds);
    setAt({ x: place.x - box.left, y: place.y - box.top });
  }, [tip, within]);
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className="canvas-tip"
      data-testid="canvas-tip"
      data-about={tip?.about}
      hidden={!tip}
      // Measured first where it cannot be seen, then moved into place in the same frame.
      style={at ? { left: at.x, top: at.y } : { left: 0, top: 0, visibility: 'hidden' }}
    >
      {tip && (
        <>
          <p className="canvas-tip-title">{tip.title}</p>
          {tip.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </>
      )}
    </div>
  );
}
