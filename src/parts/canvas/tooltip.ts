/**
 * The canvas's tooltip for a link or a WAN hub: what it says and where it goes. Pure: the canvas
 * measures the anchor, the tooltip and itself (screen pixels), and renders the lines as text.
 */
import type { Point, Rect, Size } from '../../model/geometry';
import type { EdgeShape } from './flow/paths';
import type { HubNodeData } from './flow/types';

export interface Tip {
  /** What it is about: a link piece's id or a hub node's id. */
  about: string;
  /** A heading line, then one line per link (each drawn as its own paragraph of text). */
  title: string;
  lines: string[];
  /** The box (screen pixels) it belongs beside: the hub, or a small square round the pointer on a line. */
  anchor: Rect;
}

/** Room between the tooltip and what it describes, and between it and the canvas's edges. */
const GAP = 10;

/**
 * Where the tooltip's top-left corner goes: below its anchor, centred on it, else above it; always
 * inside `bounds` (the canvas), so neither the page's edge nor a panel clips it. A tooltip larger
 * than the canvas keeps its top-left corner in it.
 */
export function placeTip(anchor: Rect, size: Size, bounds: Rect): Point {
  const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));
  const x = clamp(
    anchor.x + anchor.width / 2 - size.width / 2,
    bounds.x + GAP,
    bounds.x + bounds.width - GAP - size.width,
  );
  const below = anchor.y + anchor.height + GAP;
  const above = anchor.y - GAP - size.height;
  const fitsBelow = below + size.height <= bounds.y + bounds.height - GAP;
  const fitsAbove = above >= bounds.y + GAP;
  const y = fitsBelow || !fitsAbove ? below : above;
  return {
    x: Math.max(bounds.x + GAP, x),
    y: Math.max(bounds.y + GAP, clamp(y, bounds.y + GAP, bounds.y + bounds.height - GAP - size.height)),
  };
}

/** Up to this many links, a piece's tooltip gives each its own line; beyond, what they carry and their ends, each said once. */
export const LINES_PER_LINK = 4;

/**
 * A link piece's tooltip: whether it crosses the WAN (and is cut), then the links it carries with
 * their ends and whole labels, unabbreviated. A lane shared by a site's every WAN link lists the
 * labels and the ends once each, so it still fits a laptop's canvas.
 */
export function linkTip(
  shape: Pick<EdgeShape, 'over' | 'severed' | 'links' | 'labels'>,
  nameOf: (id: string) => string,
): Pick<Tip, 'title' | 'lines'> {
  const labelOf = new Map(shape.labels.map((l) => [l.link, l.label]));
  const count = shape.links.length;
  const kind = shape.over === 'wan' ? (shape.severed ? 'WAN link, cut' : 'WAN link') : 'Local link';
  const title = count > 1 ? `${kind}: ${count} links share this line` : kind;
  const ends = shape.links.map((key) => {
    const [from = key, to = ''] = key.split('->');
    return [from, to] as const;
  });
  if (count <= LINES_PER_LINK)
    return {
      title,
      lines: shape.links.map((key, i) => {
        const label = labelOf.get(key);
        return `${nameOf(ends[i]![0])} → ${nameOf(ends[i]![1])}${label ? `: ${label}` : ''}`;
      }),
    };
  const labels = [...new Set(shape.links.flatMap((key) => labelOf.get(key) ?? []))];
  const names = [...new Set(ends.flat())].map(nameOf);
  return { title, lines: [`Carries: ${labels.join(' · ')}`, `Between: ${names.join(', ')}`] };
}

/** A WAN hub's tooltip: what its link carries, and what activating it does. */
export function hubTip(data: Pick<HubNodeData, 'siteName' | 'severed' | 'carries'>): Pick<Tip, 'title' | 'lines'> {
  return {
    title: `WAN link of ${data.siteName}, ${data.severed ? 'cut' : 'connected'}`,
    lines: [
      `Carries: ${data.carries.join(' · ')}.`,
      data.severed ? 'Click or press Enter to restore it.' : 'Click or press Enter to cut it.',
    ],
  };
}
