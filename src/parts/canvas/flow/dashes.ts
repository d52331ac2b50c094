/**
 * Where each dashed line starts its dash pattern, so dashed lines drawn over one another dash as one.
 * WAN legs share stretches (ELK merges the legs into one port, and a component's legs to two edge
 * sites run side by side from it), but each is its own path, starting at its own end: drawn over one
 * another out of step, their dashes fill each other's gaps and the shared stretch reads as a solid
 * line, which the legend says is a local link. A dash offset per path puts every shared stretch in
 * step; offsets are lengths, so they hold for any dash pattern (the cut look too). Pure.
 */
import type { Point } from '../../../model/geometry';
import { corner, cornerRadius } from './rounded';

interface Stretch {
  /** 'h': along x at height `at`; 'v': along y at `at`. */
  axis: 'h' | 'v';
  at: number;
  /** +1 or -1: the way the path runs along the axis. */
  way: number;
  /** The straight part (between the rounded corners), as an interval along the axis. */
  from: number;
  to: number;
  /** The drawn path's length up to `from`. */
  lengthAt: number;
}

/** Length of the quadratic curve roundedPath draws round a corner, from its in point to its out point. */
function curveLength(a: Point, b: Point, c: Point): number {
  let length = 0;
  let prev = a;
  for (let k = 1; k <= 16; k++) {
    const t = k / 16;
    const u = 1 - t;
    const p = { x: u * u * a.x + 2 * u * t * b.x + t * t * c.x, y: u * u * a.y + 2 * u * t * b.y + t * t * c.y };
    length += Math.hypot(p.x - prev.x, p.y - prev.y);
    prev = p;
  }
  return length;
}

/** The straight, axis-aligned parts of a polyline as roundedPath draws it, each with its length from the start. */
function stretches(points: readonly Point[]): Stretch[] {
  const out: Stretch[] = [];
  const n = points.length;
  const radius = (i: number) => cornerRadius(points, i);
  let length = 0;
  for (let i = 0; i + 1 < n; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const [rIn, rOut] = [radius(i), radius(i + 1)];
    const segment = Math.hypot(b.x - a.x, b.y - a.y);
    // `length` is the drawn length up to the end of the corner at `a` (or `a` itself at the start).
    const horizontal = Math.abs(a.y - b.y) < 0.05;
    const vertical = Math.abs(a.x - b.x) < 0.05;
    if ((horizontal || vertical) && segment > 0) {
      const [s, e] = horizontal ? [a.x, b.x] : [a.y, b.y];
      const way = Math.sign(e - s);
      out.push({
        axis: horizontal ? 'h' : 'v',
        at: horizontal ? a.y : a.x,
        way,
        from: s + way * rIn,
        to: e - way * rOut,
        lengthAt: length,
      });
    }
    length += Math.max(0, segment - rIn - rOut);
    if (rOut > 0) {
      const { enter, leave } = corner(points, i + 1);
      length += curveLength(enter, b, leave);
    }
  }
  return out;
}

/** Along which length two stretches run together, and by how much their path lengths differ there. */
function together(a: Stretch, b: Stretch): { overlap: number; shift: number } | null {
  if (a.axis !== b.axis || a.way !== b.way || Math.abs(a.at - b.at) > 0.6) return null;
  const lo = Math.max(Math.min(a.from, a.to), Math.min(b.from, b.to));
  const hi = Math.min(Math.max(a.from, a.to), Math.max(b.from, b.to));
  if (hi - lo < 4) return null;
  const lengthAt = (s: Stretch, x: number) => s.lengthAt + Math.abs(x - s.from);
  return { overlap: hi - lo, shift: lengthAt(a, lo) - lengthAt(b, lo) };
}

/** How many later stretches on the same line each stretch is compared with: enough to link every pile of legs. */
const NEIGHBOURS = 12;

/**
 * A dash offset per path (by id; 0 where none is needed): on every stretch two paths share, their
 * dashes fall in the same places. Where sharing asks for two offsets at once, the longer shared
 * stretches win.
 */
export function dashOffsets(paths: readonly { id: string; points: readonly Point[] }[]): Map<string, number> {
  // Stretches by the line they lie on (rounded to whole pixels; the neighbouring line is checked too),
  // and along it by where they start: a fleet's thousands of paths compare only with what lies near.
  const lines = new Map<string, { path: number; stretch: Stretch; lo: number }[]>();
  paths.forEach((p, path) => {
    for (const stretch of stretches(p.points)) {
      const key = `${stretch.axis}${Math.round(stretch.at)}`;
      if (!lines.has(key)) lines.set(key, []);
      lines.get(key)!.push({ path, stretch, lo: Math.min(stretch.from, stretch.to) });
    }
  });
  const pairs: { a: number; b: number; overlap: number; shift: number }[] = [];
  for (const [key, list] of lines) {
    const axis = key[0]!;
    const at = Number(key.slice(1));
    const others = [...list, ...(lines.get(`${axis}${at + 1}`) ?? [])].sort((x, y) => x.lo - y.lo);
    const here = new Set(list);
    others.forEach((x, i) => {
      for (const y of others.slice(i + 1, i + 1 + NEIGHBOURS)) {
        if (x.path === y.path || (!here.has(x) && !here.has(y))) continue;
        const t = together(x.stretch, y.stretch);
        if (t) pairs.push({ a: x.path, b: y.path, ...t });
      }
    });
  }
  pairs.sort((p, q) => q.overlap - p.overlap);
  // Union-find that keeps each path's offset relative to its group's root.
  const parent = paths.map((_, i) => i);
  const offset = paths.map(() => 0);
  const find = (i: number): number => {
    const chain: number[] = [];
    let root = i;
    while (parent[root] !== root) {
      chain.push(root);
      root = parent[root]!;
    }
    // From the one nearest the root down: each offset becomes relative to the root.
    for (let k = chain.length - 2; k >= 0; k--) offset[chain[k]!]! += offset[chain[k + 1]!]!;
    for (const node of chain) parent[node] = root;
    return root;
  };
  for (const { a, b, shift } of pairs) {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    // Dashes match where offset(a) + length(a) = offset(b) + length(b): offset(b) = offset(a) + shift.
    parent[rb] = ra;
    offset[rb] = offset[a]! + shift - offset[b]!;
  }
  const result = new Map<string, number>();
  paths.forEach((p, i) => {
    find(i);
    result.set(p.id, Math.round(offset[i]! * 10) / 10);
  });
  return result;
}
