/**
 * ELK now and then routes an edge through the box it ends at and back round to its attach point (a leg to
 * Airship's Container registries ran down through the box and hooked up into its bottom). Such a route
 * is cut where it first meets the box, so it ends on the box's border, coming from outside.
 */
import type { Point, Rect } from '../model/geometry.ts';

/** `points` (an orthogonal route that ends at `box`) up to where it first enters the inside of `box`. */
export function clipAtBox(points: readonly Point[], box: Rect): Point[] {
  const [left, right, top, bottom] = [box.x, box.x + box.width, box.y, box.y + box.height];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    if (a.x === b.x) {
      if (a.x <= left || a.x >= right) continue;
      const [lo, hi] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
      if (hi <= top || lo >= bottom) continue;
      // Entering from above or below; a segment that starts inside has no outside to keep.
      if (a.y <= top) return [...points.slice(0, i), { x: a.x, y: top }];
      if (a.y >= bottom) return [...points.slice(0, i), { x: a.x, y: bottom }];
    } else if (a.y === b.y) {
      if (a.y <= top || a.y >= bottom) continue;
      const [lo, hi] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
      if (hi <= left || lo >= right) continue;
      if (a.x <= left) return [...points.slice(0, i), { x: left, y: a.y }];
      if (a.x >= right) return [...points.slice(0, i), { x: right, y: a.y }];
    }
  }
  return [...points];
}
