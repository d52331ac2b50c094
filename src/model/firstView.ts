/**
 * Where the canvas draws a diagram when it opens (no view in the link, a laptop-sized window or
 * larger): the whole diagram fitted to the canvas, as React Flow's getViewportForBounds fits it with
 * the canvas's padding. The boot script places the first picture with it before any of the app (or
 * React Flow) has loaded; a unit test holds it to React Flow's own result.
 */
import type { Rect } from './geometry';

/** The canvas's fit: room for the legend button on the left, and the largest zoom a fit may take. */
export const FIT_PADDING_PX = { top: 12, right: 12, bottom: 12, left: 56 } as const;
export const FIT_MAX_ZOOM = 1.5;
export const MIN_ZOOM = 0.01;
/** Below this window width the canvas opens at a phone's tap size, not fitted. */
export const PHONE_WIDTH = 640;
/** The folder of the built site that holds the first pictures (`first/<id>.<theme>.svg`). */
export const FIRST_DIR = 'first';
/** The element the boot script draws the first picture in, until the canvas has drawn the diagram. */
export const FIRST_PICTURE_ID = 'first-picture';
/**
 * Where the boot script keeps the keys pressed before the app runs (the app starts after the first
 * picture is painted): the search replays them, so Ctrl+K and what follows it are never lost.
 */
export const EARLY_KEYS = 'edgeExplorerEarlyKeys';
export interface EarlyKeys {
  keys: KeyboardEventInit[];
  stop: () => void;
}
/** The <meta> that carries each picture's bounds in diagram coordinates (JSON, by architecture). */
export const FIRST_META = 'first-pictures';

/**
 * Where the canvas's top edge sits on an architecture page that opens with nothing chosen, by window
 * width: below the top bar and the page's header, whose toolbar wraps as the window narrows (wider
 * first; null below the narrowest width measured). The projector theme's larger controls apply to
 * windows taller than 800 px only (styles.css). e2e/first-picture.spec.ts checks it against the page
 * at 1280, 1440 and 1920 wide: a change to the header shows there first.
 */
const CANVAS_TOP: Record<
  'plain' | 'projector' | 'projectorShort',
  readonly (readonly [minWidth: number, top: number])[]
> = {
  plain: [
    [1219, 97],
    [1165, 131.5],
  ],
  projector: [
    [1374, 101.5],
    [1310, 140.5],
    [1182, 179.5],
  ],
  projectorShort: [
    [1271, 98.5],
    [1213, 134.5],
  ],
};
/** The window height up to which the projector theme keeps the plain size of controls (styles.css). */
export const PROJECTOR_SHORT_HEIGHT = 800;

export function canvasTop(width: number, height: number, theme: string): number | null {
  const table = theme !== 'projector' ? 'plain' : height <= PROJECTOR_SHORT_HEIGHT ? 'projectorShort' : 'projector';
  return CANVAS_TOP[table].find(([min]) => width >= min)?.[1] ?? null;
}

export interface ScreenViewport {
  x: number;
  y: number;
  zoom: number;
}

export function fitViewport(bounds: Rect, width: number, height: number): ScreenViewport {
  const p = FIT_PADDING_PX;
  const zoom = Math.min(
    Math.max(
      Math.min((width - p.left - p.right) / bounds.width, (height - p.top - p.bottom) / bounds.height),
      MIN_ZOOM,
    ),
    FIT_MAX_ZOOM,
  );
  const x = width / 2 - (bounds.x + bounds.width / 2) * zoom;
  const y = height / 2 - (bounds.y + bounds.height / 2) * zoom;
  // Where the centred diagram leaves less room than the padding on one side, it moves away from that side.
  const left = Math.floor(bounds.x * zoom + x);
  const top = Math.floor(bounds.y * zoom + y);
  const right = Math.floor(width - ((bounds.x + bounds.width) * zoom + x));
  const bottom = Math.floor(height - ((bounds.y + bounds.height) * zoom + y));
  return {
    x: x - Math.min(left - p.left, 0) + Math.min(right - p.right, 0),
    y: y - Math.min(top - p.top, 0) + Math.min(bottom - p.bottom, 0),
    zoom,
  };
}

/** The picture's box on screen, for a canvas whose top-left corner is at (left, top). */
export function pictureBox(bounds: Rect, canvas: { left: number; top: number; width: number; height: number }) {
  const view = fitViewport(bounds, canvas.width, canvas.height);
  return {
    left: canvas.left + view.x + bounds.x * view.zoom,
    top: canvas.top + view.y + bounds.y * view.zoom,
    width: bounds.width * view.zoom,
    height: bounds.height * view.zoom,
  };
}
