/**
 * Where a link's label goes: on its route, clear of every box, site title and other label. Tried in
 * turn along the route's straight stretches (the longest first): centred on a horizontal stretch, beside
 * a vertical one. When the whole text fits nowhere it is shortened (the full text stays as its title,
 * shown on hover); when even a short form fits nowhere, the label is left out rather than drawn over
 * something. Pure: the canvas measures the text, the layout gives the boxes.
 */
import { intersects, type Point, type Rect } from '../../../model/geometry';

export interface LabelRequest {
  id: string;
  text: string;
  /** The route, a polyline of horizontal and vertical stretches. */
  points: readonly Point[];
}

export interface PlacedLabel extends Rect {
  id: string;
  /** What is drawn: the text, or a shortened form of it. */
  text: string;
  /** The whole text (the drawn text's title when shortened). */
  full: string;
}

export const LABEL_HEIGHT = 15;
const GAP = 3;
/** Room kept around a label, so two never touch. */
const MARGIN = 2;
const ALONG = [0.5, 0.3, 0.7, 0.15, 0.85];

/** Shorter forms of a text: its first words, then fewer, each ending in an ellipsis. */
export function shorterForms(text: string): string[] {
  const words = text.split(' ');
  const forms: string[] = [];
  for (let n = words.length - 1; n >= 1; n--)
    forms.push(
      `${words
        .slice(0, n)
        .join(' ')
        .replace(/[·,;:+]+$/, '')
        .trim()}…`,
    );
  return [...new Set(forms)].filter((form) => form.length > 1);
}

/** The boxes a label of `width` could take on this route, best first. */
function candidates(points: readonly Point[], width: number): Rect[] {
  const stretches = points
    .slice(1)
    .map((b, i) => [points[i]!, b] as const)
    .sort(([a1, b1], [a2, b2]) => Math.hypot(b2.x - a2.x, b2.y - a2.y) - Math.hypot(b1.x - a1.x, b1.y - a1.y));
  const boxes: Rect[] = [];
  for (const [a, b] of stretches) {
    const horizontal = Math.abs(b.y - a.y) < 1;
    for (const t of ALONG) {
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      if (horizontal) {
        // Only where the whole label sits on the stretch, and just above or below it when not on it.
        if (width > Math.abs(b.x - a.x) && t !== 0.5) continue;
        boxes.push({ x: x - width / 2, y: y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT });
        boxes.push({ x: x - width / 2, y: y - LABEL_HEIGHT - GAP, width, height: LABEL_HEIGHT });
        boxes.push({ x: x - width / 2, y: y + GAP, width, height: LABEL_HEIGHT });
      } else {
        boxes.push({ x: x + GAP, y: y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT });
        boxes.push({ x: x - GAP - width, y: y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT });
      }
    }
  }
  return boxes;
}

const grown = (r: Rect): Rect => ({
  x: r.x - MARGIN,
  y: r.y - MARGIN,
  width: r.width + 2 * MARGIN,
  height: r.height + 2 * MARGIN,
});

const inside = (box: Rect, area: Rect) =>
  box.x >= area.x &&
  box.y >= area.y &&
  box.x + box.width <= area.x + area.width &&
  box.y + box.height <= area.y + area.height;

/**
 * @param obstacles what a label may not cover: component boxes, site titles, hubs
 * @param measure the drawn width of a text
 * @param within the diagram's bounds: a label never leaves them (the controls and the page's edge are outside)
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
  measure: (text: string) => number,
  within?: Rect,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const blocked = (box: Rect) =>
    (within !== undefined && !inside(box, within)) ||
    obstacles.some((o) => intersects(grown(box), o)) ||
    placed.some((p) => intersects(grown(box), grown(p)));
  for (const request of requests) {
    if (!request.text || request.points.length < 2) continue;
    for (const text of [request.text, ...shorterForms(request.text)]) {
      const box = candidates(request.points, measure(text)).find((b) => !blocked(b));
      if (box) {
        placed.push({ ...box, id: request.id, text, full: request.text });
        break;
      }
    }
  }
  return placed;
}
