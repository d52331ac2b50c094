/**
 * How a tour step is framed on the presenter's screen: its components at a zoom where their labels
 * are at least 14 px (zoom ≥ 1), in as few frames as that allows. A focus set too large for one
 * screen at that zoom is shown in parts the presenter pans through (Next), never shrunk to a speck.
 * Pure.
 */
import { boundsOf, type Rect } from '../../model/geometry';

export const MIN_TOUR_ZOOM = 1;
/** The closest a step zooms in: small focus sets do not jump much closer than large ones. */
export const MAX_TOUR_ZOOM = 1.3;
/** Screen pixels kept clear around a frame. */
export const FRAME_PADDING = 24;

export interface Box extends Rect {
  id: string;
}

export interface Frame {
  ids: string[];
  /** The zoom the frame is shown at. */
  zoom: number;
}

/** The zoom that fits `bounds` in a canvas of this size, within the tour's bounds. */
export function frameZoom(bounds: Rect, width: number, height: number): number {
  const fit = Math.min(
    (width - 2 * FRAME_PADDING) / Math.max(bounds.width, 1),
    (height - 2 * FRAME_PADDING) / Math.max(bounds.height, 1),
  );
  return Math.min(MAX_TOUR_ZOOM, Math.max(MIN_TOUR_ZOOM, fit));
}

const fits = (bounds: Rect, width: number, height: number) =>
  bounds.width * MIN_TOUR_ZOOM <= width - 2 * FRAME_PADDING + 0.5 &&
  bounds.height * MIN_TOUR_ZOOM <= height - 2 * FRAME_PADDING + 0.5;

/**
 * The frames of one step: one when its components fit the canvas at zoom 1; otherwise parts in
 * reading order along the direction the set is too long in, each as large as fits.
 */
export function framesFor(boxes: readonly Box[], width: number, height: number): Frame[] {
  if (boxes.length === 0 || width <= 0 || height <= 0) return [];
  const all = boundsOf(boxes);
  if (fits(all, width, height)) return [{ ids: boxes.map((b) => b.id), zoom: frameZoom(all, width, height) }];
  const wide = all.width / (width - 2 * FRAME_PADDING) >= all.height / (height - 2 * FRAME_PADDING);
  const order = [...boxes].sort((a, b) => (wide ? a.x - b.x || a.y - b.y : a.y - b.y || a.x - b.x));
  const frames: Box[][] = [];
  for (const box of order) {
    const current = frames.at(-1);
    if (current && fits(boundsOf([...current, box]), width, height)) current.push(box);
    else frames.push([box]);
  }
  return frames.map((members) => ({
    ids: members.map((b) => b.id),
    zoom: frameZoom(boundsOf(members), width, height),
  }));
}
