import { describe, expect, it } from 'vitest';
import type { Point } from '../../../model/geometry';
import { dashOffsets } from './dashes';
import { roundedPath } from './rounded';

/**
 * Where the dash pattern stands at each point of the drawn path (path data M, L, Q walked in 0.25 px
 * steps, measured here independently of dashes.ts): point key → length along the path plus its offset.
 */
function phases(d: string, offset: number): Map<string, number> {
  const tokens = d.match(/[MLQ]|-?\d+(\.\d+)?/g)!;
  const out = new Map<string, number>();
  let [i, x, y, s] = [0, 0, 0, 0];
  const mark = (px: number, py: number) => {
    // Only on straight grid points, where two paths can be compared at the same place.
    if (Math.abs(px - Math.round(px)) < 1e-6 && Math.abs(py - Math.round(py)) < 1e-6)
      out.set(`${Math.round(px)},${Math.round(py)}`, s + offset);
  };
  while (i < tokens.length) {
    const command = tokens[i++];
    const next = () => Number(tokens[i++]);
    if (command === 'M') [x, y] = [next(), next()];
    else if (command === 'L') {
      const [tx, ty] = [next(), next()];
      const steps = Math.round(Math.hypot(tx - x, ty - y) * 4);
      for (let k = 0; k < steps; k++) {
        mark(x + ((tx - x) * k) / steps, y + ((ty - y) * k) / steps);
        s += Math.hypot(tx - x, ty - y) / steps;
      }
      [x, y] = [tx, ty];
    } else {
      const [cx, cy, tx, ty] = [next(), next(), next(), next()];
      let [px, py] = [x, y];
      for (let k = 1; k <= 200; k++) {
        const t = k / 200;
        const [qx, qy] = [
          (1 - t) ** 2 * x + 2 * (1 - t) * t * cx + t * t * tx,
          (1 - t) ** 2 * y + 2 * (1 - t) * t * cy + t * t * ty,
        ];
        s += Math.hypot(qx - px, qy - py);
        [px, py] = [qx, qy];
      }
      [x, y] = [tx, ty];
    }
  }
  return out;
}

const shape = (id: string, points: Point[]) => {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return {
    id,
    points,
    box: {
      x: Math.min(...xs),
      y: Math.min(...ys),
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    },
  };
};

/** The largest gap between two paths' dash phases on the points they share. */
function outOfStep(a: ReturnType<typeof shape>, b: ReturnType<typeof shape>, offsets: Map<string, number>) {
  const [pa, pb] = [
    phases(roundedPath(a.points), offsets.get(a.id)!),
    phases(roundedPath(b.points), offsets.get(b.id)!),
  ];
  let shared = 0;
  let worst = 0;
  for (const [key, phase] of pa) {
    const other = pb.get(key);
    if (other === undefined) continue;
    shared++;
    worst = Math.max(worst, Math.abs(phase - other));
  }
  return { shared, worst };
}

describe('dash offsets', () => {
  it('puts two legs that join a trunk from different places in step along the trunk', () => {
    // Both run down x = 100 to a port at (100, 200): one comes from far left round a corner, one from just above.
    const a = shape('a', [
      { x: 0, y: 40 },
      { x: 100, y: 40 },
      { x: 100, y: 200 },
    ]);
    const b = shape('b', [
      { x: 100, y: 90 },
      { x: 100, y: 200 },
    ]);
    const offsets = dashOffsets([a, b]);
    const { shared, worst } = outOfStep(a, b, offsets);
    expect(shared).toBeGreaterThan(100);
    expect(worst).toBeLessThan(0.2);
    // Without the offsets they are out of step by the length of a's approach, less what its corner saves.
    const plain = outOfStep(a, b, new Map([...offsets].map(([id]) => [id, 0])));
    expect(plain.worst).toBeGreaterThan(40);
  });

  it('puts legs in step that leave one point and part ways after a shared stretch, round corners on both', () => {
    const port = { x: 300, y: 300 };
    const left = shape('left', [port, { x: 300, y: 250 }, { x: 120, y: 250 }, { x: 120, y: 60 }]);
    const right = shape('right', [
      { x: 400, y: 250 },
      { x: 300, y: 250 },
      { x: 160, y: 250 },
      { x: 160, y: 20 },
    ]);
    const offsets = dashOffsets([left, right]);
    const { shared, worst } = outOfStep(left, right, offsets);
    expect(shared).toBeGreaterThan(100);
    expect(worst).toBeLessThan(0.2);
  });

  it('leaves alone paths that share no stretch, or run one stretch in opposite directions', () => {
    const a = shape('a', [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ]);
    const b = shape('b', [
      { x: 100, y: 0 },
      { x: 0, y: 0 },
    ]);
    const c = shape('c', [
      { x: 0, y: 50 },
      { x: 100, y: 50 },
    ]);
    expect([...dashOffsets([a, b, c]).values()]).toEqual([0, 0, 0]);
  });

  it('keeps the longer shared stretch in step where two stretches ask for different offsets', () => {
    // b leaves with a, takes a detour (60 px longer) and meets a again: it cannot be in step on both.
    const a = shape('a', [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 50 },
      { x: 300, y: 50 },
    ]);
    const b = shape('b', [
      { x: 0, y: 0 },
      { x: 60, y: 0 },
      { x: 60, y: -30 },
      { x: 200, y: -30 },
      { x: 200, y: 50 },
      { x: 300, y: 50 },
    ]);
    const offsets = dashOffsets([a, b]);
    const [pa, pb] = [
      phases(roundedPath(a.points), offsets.get('a')!),
      phases(roundedPath(b.points), offsets.get('b')!),
    ];
    const gap = (y: number) =>
      Math.max(
        ...[...pa]
          .filter(([key]) => key.endsWith(`,${y}`) && pb.has(key))
          .map(([key, v]) => Math.abs(v - pb.get(key)!)),
      );
    expect(gap(50)).toBeLessThan(0.2); // 94 px shared
    expect(gap(0)).toBeGreaterThan(40); // 54 px shared
  });
});
