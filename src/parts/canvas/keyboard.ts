/**
 * Spatial keyboard navigation: from the focused node, the nearest node in the pressed arrow's
 * direction, by where the nodes are on screen (so it follows the picture, not the DOM order).
 */
export type Direction = 'up' | 'down' | 'left' | 'right';

interface Centre {
  x: number;
  y: number;
}

/**
 * The candidate to move to: ahead in `direction`, scored by distance along it plus twice the sideways
 * offset, so a node straight ahead beats a nearer one off to the side.
 */
export function nearestInDirection<T>(
  from: Centre,
  candidates: readonly { item: T; at: Centre }[],
  direction: Direction,
): T | null {
  let best: { item: T; score: number } | null = null;
  for (const { item, at } of candidates) {
    const dx = at.x - from.x;
    const dy = at.y - from.y;
    const [ahead, aside] =
      direction === 'up' ? [-dy, dx] : direction === 'down' ? [dy, dx] : direction === 'left' ? [-dx, dy] : [dx, dy];
    if (ahead <= 1) continue;
    const score = ahead + 2 * Math.abs(aside);
    if (!best || score < best.score) best = { item, score };
  }
  return best?.item ?? null;
}

const centreOf = (element: Element): Centre => {
  const r = element.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
};

export function nextNodeInDirection(
  container: HTMLElement,
  current: HTMLElement,
  direction: Direction,
): HTMLElement | null {
  const nodes = [...container.querySelectorAll<HTMLElement>('.react-flow__node[tabindex="0"]')].filter(
    (n) => n !== current,
  );
  return nearestInDirection(
    centreOf(current),
    nodes.map((item) => ({ item, at: centreOf(item) })),
    direction,
  );
}
