/** Links as path data: polylines with small rounded corners, so crossing and turning lines read apart. Pure. */
import type { Point } from '../../../model/geometry';

const CORNER = 6;

/** The radius of the corner at point i (0 at either end): at most half of either segment it joins. */
export function cornerRadius(points: readonly Point[], i: number): number {
  if (i <= 0 || i >= points.length - 1) return 0;
  const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
  return Math.min(CORNER, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
}

/** The corner at point i (1 to length - 2) as drawn: where the curve leaves the line in, and where it joins the line out. */
export function corner(points: readonly Point[], i: number): { radius: number; enter: Point; leave: Point } {
  const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
  const r = cornerRadius(points, i);
  return {
    radius: r,
    enter: { x: b.x - Math.sign(b.x - a.x) * r, y: b.y - Math.sign(b.y - a.y) * r },
    leave: { x: b.x + Math.sign(c.x - b.x) * r, y: b.y + Math.sign(c.y - b.y) * r },
  };
}

/** A polyline as path data, each corner a quadratic curve of cornerRadius. */
export function roundedPath(points: readonly Point[]): string {
  if (points.length < 2) return '';
  const f = (n: number) => Math.round(n * 10) / 10;
  let d = `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const { enter, leave } = corner(points, i);
    const b = points[i]!;
    d += ` L${f(enter.x)},${f(enter.y)} Q${f(b.x)},${f(b.y)} ${f(leave.x)},${f(leave.y)}`;
  }
  const last = points.at(-1)!;
  return `${d} L${f(last.x)},${f(last.y)}`;
}
