/**
 * Between the URL's viewport (the centre of the view in diagram coordinates and the zoom relative to
 * "fit the whole diagram") and React Flow's (pan in screen pixels, absolute zoom). A link made on one
 * window size shows the same region on another.
 */
import type { Viewport } from '../../url/codec';
import { MAX_ZOOM, MIN_ZOOM } from '../../url/codec';

export interface ScreenViewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Frame {
  /** The canvas size in screen pixels. */
  width: number;
  height: number;
  /** The zoom at which the whole diagram fits the canvas. */
  fitZoom: number;
}

const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

export function toScreen(view: Viewport, frame: Frame): ScreenViewport {
  if (view.kind === 'screen') return { x: view.x, y: view.y, zoom: view.zoom };
  const zoom = clampZoom(frame.fitZoom * view.scale);
  return { x: frame.width / 2 - view.cx * zoom, y: frame.height / 2 - view.cy * zoom, zoom };
}

export function toDiagram(screen: ScreenViewport, frame: Frame): Viewport {
  return {
    kind: 'diagram',
    cx: (frame.width / 2 - screen.x) / screen.zoom,
    cy: (frame.height / 2 - screen.y) / screen.zoom,
    scale: screen.zoom / frame.fitZoom,
  };
}

export const sameScreen = (a: ScreenViewport, b: ScreenViewport) =>
  Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.002;
