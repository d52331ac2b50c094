/**
 * The diagram's type and box metrics. The build measures every label with the font the app ships
 * (Inter, see src/app/styles.css) at these sizes and sizes each box to its text; the node views draw
 * with the same numbers, so a label always fits its box, whole.
 */
export const LABEL_FONT_WEIGHT = 600;
export const LABEL_FONT_SIZE = 14;
export const LABEL_LINE_HEIGHT = 16;
/** A name wraps (at spaces, or after "-" and "/") to lines no wider than this. */
export const LABEL_MAX_LINE = 176;
export const LABEL_PAD_X = 9;
export const LABEL_PAD_Y = 5;
/** Every box is at least this wide, so short names do not make slivers. */
export const NODE_MIN_WIDTH = 92;

export const SITE_TITLE_FONT_SIZE = 15;
export const SITE_TITLE_FONT_WEIGHT = 700;
/** The site's title bar above its components. */
export const SITE_HEADER = 30;
export const SITE_PADDING = 10;
/**
 * The chip before a site's name, "CENTRAL" or "EDGE", as the SVG export draws it and the layout keeps an
 * edge site's WAN port clear of it: its left edge, its width, and where the name starts after it.
 */
export function siteChip(kind: 'central' | 'edge') {
  const label = kind === 'central' ? 'CENTRAL' : 'EDGE';
  const left = 10;
  const width = label.length * 8 + 8;
  return { label, left, width, nameStart: left + width + 8 };
}
/** Vertical room between the central site and the row of edge sites (the WAN hubs sit in it). */
export const SITE_GAP = 64;
/** Room between edge sites side by side. */
export const SITE_GAP_X = 32;

export const HUB_WIDTH = 112;
export const HUB_HEIGHT = 24;

/** The site's Cut/Restore button: the smallest thing a finger must hit on the diagram. */
export const CUT_BUTTON_HEIGHT = 26;
