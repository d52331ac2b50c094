/**
 * The drawn pieces of the links (built and routed at build time, see model/geometry.ts DrawnPath) as
 * SVG path data for the edge layer, with their state under the cut. Pure.
 */
import { routePoints, type ArchitectureLayout, type DrawnPath, type Point, type Rect } from '../../../model/geometry';
import type { GraphArchitecture } from '../../../model/dataset';
import type { CutResolution } from '../../../simulation/cut';
import { roundedPath } from './rounded';
import { dashOffsets } from './dashes';

export interface EdgeShape {
  id: string;
  d: string;
  over: 'wan' | 'local';
  severed: boolean;
  /** The components at its ends (null at a port or past a hub). */
  start: string | null;
  end: string | null;
  /** An arrowhead where the path meets a component something depends on. */
  arrowStart: boolean;
  arrowEnd: boolean;
  /** The links (`from->to`) this piece is part of. */
  links: readonly string[];
  /** What each of its links carries, for the label shown on hover or selection. */
  labels: readonly { link: string; label: string }[];
  labelAt: Point;
  /** The route's corners, where its label may go (flow/labels.ts). */
  points: readonly Point[];
  /** The box around the path: the canvas draws only the pieces near the screen. */
  box: Rect;
  /** Where its dashes start (flow/dashes.ts), so dashed pieces drawn over one another dash in step. */
  dashOffset: number;
}

/** The middle of the longest straight stretch: where a label has the most room. */
function labelPoint(points: readonly Point[]): Point {
  let best = { length: -1, at: points[0] ?? { x: 0, y: 0 } };
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length > best.length) best = { length, at: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
  }
  return best.at;
}

export interface EdgeInput {
  /** The architecture as shown: a zoomed-in fleet holds only the sites near the screen. */
  architecture: Pick<GraphArchitecture, 'sites' | 'components' | 'links'>;
  layout: Pick<ArchitectureLayout, 'sites' | 'paths'>;
}

/** A shape before any cut: where it runs and what it carries, and the edge site whose WAN link it crosses. */
export interface RoutedShape extends Omit<EdgeShape, 'severed'> {
  edgeSite: string | null;
}

type Indexed = [order: number, id: string, path: DrawnPath];
const bySite = new WeakMap<ArchitectureLayout['paths'], Map<string | null, Indexed[]>>();

/**
 * The layout's paths under one site each touches (null: none), in layout order. A path is drawn only
 * when every site it touches is shown, so the paths of the shown sites are the only candidates: a
 * zoomed-in fleet draws a few dozen sites of a layout with paths for a thousand.
 */
function candidates(paths: ArchitectureLayout['paths'], sites: Iterable<string>): Indexed[] {
  let index = bySite.get(paths);
  if (!index) {
    index = new Map();
    Object.entries(paths).forEach(([id, path], order) => {
      const site = path.edgeSite ?? path.legs.find((leg) => leg.site !== null)?.site ?? null;
      if (!index!.has(site)) index!.set(site, []);
      index!.get(site)!.push([order, id, path]);
    });
    bySite.set(paths, index);
  }
  const found = [null, ...sites].flatMap((site) => index.get(site) ?? []);
  return found.sort((a, b) => a[0] - b[0]);
}

/** The shapes of the links among the shown components; they depend on the architecture and layout alone. */
export function routedShapes({ architecture, layout }: EdgeInput): RoutedShape[] {
  const shownSites = new Set(architecture.sites.map((s) => s.id));
  const shownComponents = new Set(architecture.components.map((c) => c.id));
  const labelOf = new Map(architecture.links.map((l) => [`${l.from}->${l.to}`, l.label]));
  const shapes: RoutedShape[] = [];
  for (const [, id, path] of candidates(layout.paths, shownSites)) {
    if (path.start && !shownComponents.has(path.start)) continue;
    if (path.end && !shownComponents.has(path.end)) continue;
    if (path.edgeSite && !shownSites.has(path.edgeSite)) continue;
    if (path.legs.some((leg) => leg.site !== null && !shownSites.has(leg.site))) continue;
    const points = routePoints(path.legs, layout.sites);
    if (points.length < 2) continue;
    const dependedOn = (end: string | null) => !!end && path.links.some((key) => key.endsWith(`->${end}`));
    shapes.push({
      id,
      d: roundedPath(points),
      over: path.over,
      edgeSite: path.edgeSite,
      start: path.start,
      end: path.end,
      arrowStart: dependedOn(path.start),
      arrowEnd: dependedOn(path.end),
      links: path.links,
      labels: path.links.flatMap((link) => (labelOf.has(link) ? [{ link, label: labelOf.get(link)! }] : [])),
      labelAt: labelPoint(points),
      points,
      box: boxOf(points),
      dashOffset: 0,
    });
  }
  const offsets = dashOffsets(shapes.filter((s) => s.over === 'wan'));
  for (const shape of shapes) shape.dashOffset = offsets.get(shape.id) ?? 0;
  return shapes;
}

function boxOf(points: readonly Point[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** The routed shapes under a cut: a WAN link of a cut edge site (or of any, with the central site down) is severed. */
export function withCut(shapes: readonly RoutedShape[], cut: CutResolution): EdgeShape[] {
  return shapes.map(({ edgeSite, ...shape }) => ({
    ...shape,
    severed: edgeSite !== null && (cut.centralDown || cut.cutSites.has(edgeSite)),
  }));
}

/** The words to show on a path: the labels of the given links (all when null), a few at most. */
export function labelText(shape: Pick<EdgeShape, 'labels'>, only: ReadonlySet<string> | null): string {
  const words = [...new Set(shape.labels.filter((l) => !only || only.has(l.link)).map((l) => l.label))];
  return words.length > 3 ? `${words.slice(0, 3).join(' · ')} +${words.length - 3} more` : words.join(' · ');
}
