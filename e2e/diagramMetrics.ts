/**
 * Geometry of the diagram as the browser drew it, measured from the DOM: how much of the drawn links
 * runs inside a component box that is neither of its ends, how many pairs of drawn segments cross,
 * which component labels are cut or clipped, the smallest label on screen, and which links lack an
 * arrowhead. Run in the page (page.evaluate); used by the e2e tests (asserted) and `npm run bench`
 * (printed). Self-contained: it may reference nothing outside itself.
 */
export interface DiagramMetrics {
  components: number;
  /** Per cent of the drawn link length inside a box that is not one of the link's ends. */
  insideOtherBoxesPercent: number;
  /** Pairs of crossing straight segments between different drawn paths (paths sampled every 4 px). */
  crossings: number;
  /** Component labels whose text does not fit their box, or is cut by it. */
  clippedLabels: string[];
  /** The smallest component label's font size on screen, in CSS pixels. */
  smallestLabelPx: number;
  /** Links (`from->to`) with no arrowhead at the component they depend on. */
  linksWithoutArrow: string[];
  /** Sites whose title (kind badge and name) a drawn path runs through. */
  titlesCrossed: string[];
  /** Drawn paths that run through the box of a component they end at (rather than meeting its border). */
  throughOwnEnds: string[];
}

export function measureDiagram(): DiagramMetrics {
  const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-component')].map((node) => ({
    id: node.dataset.id ?? '',
    rect: node.getBoundingClientRect(),
  }));
  const inside = (x: number, y: number, r: DOMRect) =>
    x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1;

  // Every drawn path, sampled into screen-space segments.
  const svg = document.querySelector<SVGSVGElement>('[data-testid="edge-layer"]');
  const matrix = svg?.getScreenCTM();
  const paths: { links: string[]; ends: Set<string>; own: string[]; points: DOMPoint[] }[] = [];
  for (const group of document.querySelectorAll<SVGGElement>('[data-testid="edge-layer"] g.edge')) {
    const line = group.querySelector<SVGPathElement>('.edge-line');
    if (!line || !matrix) continue;
    // The path data is a polyline with small rounded corners (M, L and Q commands): its points, with
    // each corner's control point, trace it to within a pixel. Then sampled every 4 px.
    const numbers = (line.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    const vertices: DOMPoint[] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2)
      vertices.push(new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(matrix));
    const points: DOMPoint[] = [];
    for (let i = 0; i < vertices.length; i++) {
      const [a, b] = [vertices[i]!, vertices[i + 1]];
      points.push(a);
      if (!b) break;
      const steps = Math.floor(Math.hypot(b.x - a.x, b.y - a.y) / 4);
      for (let k = 1; k < steps; k++)
        points.push(new DOMPoint(a.x + ((b.x - a.x) * k) / steps, a.y + ((b.y - a.y) * k) / steps));
    }
    const links = (group.dataset.links ?? '').split(' ').filter(Boolean);
    // The components a piece may touch: the ends of every link it is part of.
    const ends = new Set(links.flatMap((key) => key.split('->')));
    const own = [group.dataset.start, group.dataset.end].filter((id): id is string => !!id);
    paths.push({ links, ends, own, points });
  }

  let total = 0;
  let within = 0;
  for (const path of paths) {
    for (let i = 1; i < path.points.length; i++) {
      const [a, b] = [path.points[i - 1]!, path.points[i]!];
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      total += length;
      const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
      if (boxes.some((box) => !path.ends.has(box.id) && inside(mx, my, box.rect))) within += length;
    }
  }

  const cross = (p: DOMPoint, q: DOMPoint, r: DOMPoint, s: DOMPoint) => {
    const d = (q.x - p.x) * (s.y - r.y) - (q.y - p.y) * (s.x - r.x);
    if (Math.abs(d) < 1e-9) return false;
    const t = ((r.x - p.x) * (s.y - r.y) - (r.y - p.y) * (s.x - r.x)) / d;
    const u = ((r.x - p.x) * (q.y - p.y) - (r.y - p.y) * (q.x - p.x)) / d;
    return t > 0 && t < 1 && u > 0 && u < 1;
  };
  // Segments as boxes, so a pair of paths only compares the segments that reach into the other's box:
  // the same count as comparing every pair, in a fraction of the time.
  type Box = { left: number; top: number; right: number; bottom: number };
  const boxOf = (p: DOMPoint, q: DOMPoint): Box => ({
    left: Math.min(p.x, q.x),
    top: Math.min(p.y, q.y),
    right: Math.max(p.x, q.x),
    bottom: Math.max(p.y, q.y),
  });
  const meets = (a: Box, b: Box) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
  const segments = paths.map(({ points }) =>
    points.slice(1).map((q, k) => ({ p: points[k]!, q, box: boxOf(points[k]!, q) })),
  );
  const bounds = segments.map((list) =>
    list.reduce<Box>(
      (all, { box }) => ({
        left: Math.min(all.left, box.left),
        top: Math.min(all.top, box.top),
        right: Math.max(all.right, box.right),
        bottom: Math.max(all.bottom, box.bottom),
      }),
      { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity },
    ),
  );
  let crossings = 0;
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      if (!meets(bounds[i]!, bounds[j]!)) continue;
      const a = segments[i]!.filter((s) => meets(s.box, bounds[j]!));
      const b = segments[j]!.filter((s) => meets(s.box, bounds[i]!));
      for (const s of a) for (const t of b) if (meets(s.box, t.box) && cross(s.p, s.q, t.p, t.q)) crossings++;
    }
  }

  const clippedLabels: string[] = [];
  let smallestLabelPx = Infinity;
  for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node-component')) {
    const card = node.querySelector<HTMLElement>('.component-card')!;
    const cardRect = card.getBoundingClientRect();
    for (const label of node.querySelectorAll<HTMLElement>('[data-testid="node-label"]')) {
      const rect = label.getBoundingClientRect();
      const scale = rect.height / label.offsetHeight || 1;
      smallestLabelPx = Math.min(smallestLabelPx, parseFloat(getComputedStyle(label).fontSize) * scale);
      const range = document.createRange();
      range.selectNodeContents(label);
      const text = range.getBoundingClientRect();
      const cut = label.scrollWidth > label.clientWidth + 1 || getComputedStyle(label).textOverflow === 'ellipsis';
      const outside =
        text.left < cardRect.left + 1 ||
        text.right > cardRect.right - 1 ||
        text.top < cardRect.top ||
        text.bottom > cardRect.bottom;
      if (cut || outside) clippedLabels.push(`${node.dataset.id}: ${label.textContent}`);
    }
  }

  // Each link needs an arrowhead at its provider: on a piece that ends (or starts) at that component.
  const linksWithoutArrow: string[] = [];
  const groups = [...document.querySelectorAll<SVGGElement>('[data-testid="edge-layer"] g.edge')];
  const allLinks = new Set(groups.flatMap((g) => (g.dataset.links ?? '').split(' ').filter(Boolean)));
  for (const key of allLinks) {
    const to = key.split('->')[1]!;
    const ok = groups.some((g) => {
      if (!(g.dataset.links ?? '').split(' ').includes(key)) return false;
      const line = g.querySelector('.edge-line')!;
      return (
        (g.dataset.end === to && line.hasAttribute('marker-end')) ||
        (g.dataset.start === to && line.hasAttribute('marker-start'))
      );
    });
    if (!ok) linksWithoutArrow.push(key);
  }

  const titlesCrossed: string[] = [];
  for (const name of document.querySelectorAll<HTMLElement>('[data-testid="site-name"]')) {
    const badge = name.previousElementSibling ?? name;
    const [a, b] = [badge.getBoundingClientRect(), name.getBoundingClientRect()];
    const title = new DOMRect(
      a.left,
      Math.min(a.top, b.top),
      b.right - a.left,
      Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top),
    );
    if (paths.some((path) => path.points.some((p) => inside(p.x, p.y, title))))
      titlesCrossed.push(name.textContent ?? '');
  }

  // A path meets its own end on the border; 3 px inside is through it.
  const deepInside = (p: DOMPoint, r: DOMRect) =>
    p.x > r.left + 3 && p.x < r.right - 3 && p.y > r.top + 3 && p.y < r.bottom - 3;
  const throughOwnEnds = paths
    .filter((path) =>
      path.own.some((id) => {
        const box = boxes.find((b) => b.id === id);
        return !!box && path.points.some((p) => deepInside(p, box.rect));
      }),
    )
    .map((path) => path.links.join(' '));

  return {
    components: boxes.length,
    insideOtherBoxesPercent: total === 0 ? 0 : (100 * within) / total,
    crossings,
    clippedLabels,
    smallestLabelPx: smallestLabelPx === Infinity ? 0 : smallestLabelPx,
    linksWithoutArrow,
    titlesCrossed,
    throughOwnEnds,
  };
}
