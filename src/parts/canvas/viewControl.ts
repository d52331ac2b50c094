/**
 * How the canvas decides what part of the diagram is on screen, without React or React Flow: the
 * maths (the default view, how far to move to keep something in view, the region a view shows) and a
 * small state machine. Events come in from the canvas (React Flow is ready, the link's view changed,
 * the reader moved the view, something must be revealed); commands go out (set the view, fit, glide,
 * report the chosen view). useViewControl.ts runs the commands; viewControl.test.ts checks the rules.
 */
import { getViewportForBounds } from '@xyflow/react';
import { FIT_MAX_ZOOM, FIT_PADDING_PX, PHONE_WIDTH } from '../../model/firstView';
import { boundsOf, type Rect } from '../../model/geometry';
import { MAX_ZOOM, MIN_ZOOM, roundViewport, type Viewport } from '../../url/codec';
import { sameScreen, toDiagram, toScreen, type Frame, type ScreenViewport } from './viewport';

/** The part of the canvas a panel covers: at its right (laptop) or its bottom (a phone's sheet). */
export interface Cover {
  right: number;
  bottom: number;
}
export const UNCOVERED: Cover = { right: 0, bottom: 0 };

// A gutter on the left keeps the zoom controls (and the legend above them) off the fitted diagram; the
// numbers live in model/firstView, which the boot script shares to place the first picture.
export const FIT_PADDING = {
  top: `${FIT_PADDING_PX.top}px`,
  right: `${FIT_PADDING_PX.right}px`,
  bottom: `${FIT_PADDING_PX.bottom}px`,
  left: `${FIT_PADDING_PX.left}px`,
} as const;
/** On a phone the default view is zoomed in so every box is a whole, tappable target. */
export { FIT_MAX_ZOOM, PHONE_WIDTH };
export const TAP_TARGET = 32;

/** The zoom at which the whole diagram fits a canvas of this size: "fit", the reference of a link's zoom. */
export const fitZoomOf = (bounds: Rect, width: number, height: number) =>
  getViewportForBounds(bounds, width || 1, height || 1, MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING).zoom;

export interface DefaultViewInput {
  /** The whole diagram. */
  bounds: Rect;
  width: number;
  height: number;
  /**
   * The least zoom the default view may have (a phone's tap targets, an embed's readable labels), and
   * the corner it then starts at (the central site's top-left: its title, then its first components).
   * Null: the whole diagram, however small.
   */
  least: { zoom: number; corner: { x: number; y: number } } | null;
}

/**
 * The view without a chosen one: the whole diagram fitted to the whole canvas; where that is smaller
 * than the least zoom (a phone, an embed), the top-left of it at that zoom. A panel does not shrink it:
 * the panel covers what is not in focus, and `revealTarget` keeps what is in focus clear of it (labels
 * stay as large as the canvas allows).
 */
export function defaultViewport({ bounds, width, height, least }: DefaultViewInput): ScreenViewport {
  const fit = getViewportForBounds(bounds, Math.max(1, width), height || 1, MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING);
  if (!least || width === 0 || fit.zoom >= least.zoom) return fit;
  const zoom = Math.min(MAX_ZOOM, least.zoom);
  // Below the legend button, which sits at the canvas's top-left.
  return { x: 8 - least.corner.x * zoom, y: 52 - least.corner.y * zoom, zoom };
}

/** The zoom at which the diagram's 14 px labels read at 12 px: the least an embed shows by default. */
export const READABLE_ZOOM = 12 / 14;

/** The part of the diagram a screen viewport shows, grown by `margin` screens each way. */
export function regionOf(view: ScreenViewport, width: number, height: number, margin = REGION_MARGIN): Rect {
  const w = width / view.zoom;
  const h = height / view.zoom;
  return {
    x: -view.x / view.zoom - margin * w,
    y: -view.y / view.zoom - margin * h,
    width: w * (1 + 2 * margin),
    height: h * (1 + 2 * margin),
  };
}
/** How many screens `regionOf` adds on each side by default (`screenIn` undoes it). */
export const REGION_MARGIN = 1;

/** The screen inside a region `regionOf` reported. */
export function screenIn(region: Rect, margin = REGION_MARGIN): Rect {
  const share = 1 + 2 * margin;
  return {
    x: region.x + (region.width * margin) / share,
    y: region.y + (region.height * margin) / share,
    width: region.width / share,
    height: region.height / share,
  };
}

/**
 * The part of a zoomed-in fleet to build for a screen: the area already built while the screen is
 * still inside it (a short pan rebuilds nothing), else the screen grown by half a screen each way.
 */
export function builtArea(current: Rect | null, screen: Rect): Rect {
  const inside =
    current &&
    screen.x >= current.x &&
    screen.y >= current.y &&
    screen.x + screen.width <= current.x + current.width &&
    screen.y + screen.height <= current.y + current.height;
  if (inside) return current;
  return {
    x: screen.x - screen.width / 2,
    y: screen.y - screen.height / 2,
    width: screen.width * 2,
    height: screen.height * 2,
  };
}

/**
 * Where to move so that `boxes` are in the part of the canvas no panel covers, or null when they are
 * already (a fitted diagram keeps only a few pixels at its sides: those count as in view). The view
 * moves only as far as needed, like scrollIntoView's "nearest", and zooms out only when the boxes
 * cannot fit at this zoom, never below `least`: boxes that do not fit at that zoom keep their
 * top-left corner in view (the first of them and its site's title), and the panel covers the rest.
 */
export function revealTarget(
  boxes: readonly Rect[],
  from: ScreenViewport,
  width: number,
  height: number,
  cover: Cover,
  least = 0,
): ScreenViewport | null {
  if (boxes.length === 0 || width === 0 || height === 0) return null;
  const v = from;
  const left = Math.min(...boxes.map((b) => b.x)) * v.zoom + v.x;
  const top = Math.min(...boxes.map((b) => b.y)) * v.zoom + v.y;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) * v.zoom + v.x;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) * v.zoom + v.y;
  const margin = 4;
  const visibleRight = width - cover.right;
  const visibleBottom = height - cover.bottom;
  if (left >= margin && top >= margin && right <= visibleRight - margin && bottom <= visibleBottom - margin)
    return null;
  const zoom = Math.max(
    Math.min(v.zoom, least),
    Math.min(
      v.zoom,
      (visibleRight - FIT_PADDING_PX.left - margin) / ((right - left) / v.zoom),
      (visibleBottom - FIT_PADDING_PX.top - margin) / ((bottom - top) / v.zoom),
    ),
  );
  // Per axis: the boxes' middle stays where it was on screen (at the new zoom, if any), then moves just
  // into the free part, a little clear of its edges and of the zoom controls on the left; a small move
  // keeps the reader's place, and a zoomed-in fleet keeps the sites built around the screen. Boxes
  // larger than the free part start at its start.
  const place = (low: number, high: number, offset: number, limit: number, lead: number) => {
    const [start, end] = [(low - offset) / v.zoom, (high - offset) / v.zoom];
    const size = (end - start) * zoom;
    if (size > limit - lead - margin) return lead - start * zoom;
    const origin = (low + high) / 2 - ((start + end) / 2) * zoom;
    const first = start * zoom + origin;
    const room = Math.min(24, (limit - size) / 2);
    if (first < margin) return origin + Math.min(Math.max(room, lead), limit - margin - size) - first;
    if (first + size > limit - margin) return origin + (limit - room - size) - first;
    return origin;
  };
  return {
    x: place(left, right, v.x, visibleRight, FIT_PADDING_PX.left),
    y: place(top, bottom, v.y, visibleBottom, FIT_PADDING_PX.top),
    zoom,
  };
}

/**
 * The view without a chosen one, with a panel open: the default view, moved just enough that what is
 * in focus (the selection, the site just cut) is clear of the panel, zoomed out for it no further than
 * labels stay readable. Where the fit itself is a little below readable (StarlingX at 1280×720), it
 * zooms in around the focus to readable, by a third at most (a fleet's overview stays an overview): the
 * panel covers what is not in focus. Derived, not chosen: the link keeps no view for it, and a receiver
 * with the same window sees the same.
 */
export function restingViewport(input: DefaultViewInput, focus: readonly Rect[], cover: Cover): ScreenViewport {
  const fit = defaultViewport(input);
  const covered = cover.right > 0 || cover.bottom > 0;
  const zoomIn =
    focus.length > 0 && covered && fit.zoom < READABLE_ZOOM && fit.zoom * MAX_RESTING_ZOOM_IN >= READABLE_ZOOM;
  // Zoomed in around the focus's middle, which stays where the fit shows it.
  const f = boundsOf(focus);
  const [cx, cy] = [f.x + f.width / 2, f.y + f.height / 2];
  const from = zoomIn
    ? {
        x: cx * fit.zoom + fit.x - cx * READABLE_ZOOM,
        y: cy * fit.zoom + fit.y - cy * READABLE_ZOOM,
        zoom: READABLE_ZOOM,
      }
    : fit;
  // Labels stay readable beside the panel (12 px at 1280×720 where the fit allows it).
  return revealTarget(focus, from, input.width, input.height, cover, READABLE_ZOOM) ?? from;
}
/** How much larger than the fit a resting view beside a panel may zoom for readable labels. */
const MAX_RESTING_ZOOM_IN = 4 / 3;

/** What a tour step frames: its boxes, their sites' titles, within the whole diagram. */
export interface FrameInput {
  focus: readonly Rect[];
  /** The title bands of the focus's sites: shown too where the focus leaves room. */
  titles: readonly Rect[];
  /** The whole diagram. */
  bounds: Rect;
  width: number;
  height: number;
  /** Screen pixels kept clear at the stage's edges. */
  padding: number;
  zoom: { min: number; max: number };
}

/**
 * The view of a tour step: its boxes at the largest zoom within bounds that fits them, then moved so
 * the stage shows as much diagram and as little empty background as it can (the diagram's edge at the
 * stage's edge, or the diagram centred when it is smaller than the stage), and the focus's site titles
 * shown whole where that keeps every focus box on the stage.
 */
export function frameViewport({
  focus,
  titles,
  bounds,
  width,
  height,
  padding,
  zoom: limits,
}: FrameInput): ScreenViewport {
  const u = boundsOf(focus);
  const zoom = Math.min(
    limits.max,
    Math.max(
      limits.min,
      Math.min((width - 2 * padding) / Math.max(u.width, 1), (height - 2 * padding) / Math.max(u.height, 1)),
    ),
  );
  const axis = (
    start: number,
    size: number,
    stage: number,
    low: number,
    extent: number,
    title: readonly [number, number][],
  ) => {
    // Centred on the focus, then the diagram's edges kept at the stage's edges.
    let at = stage / 2 - (start + size / 2) * zoom;
    if (extent * zoom + 2 * padding <= stage) at = stage / 2 - (low + extent / 2) * zoom;
    else at = Math.min(padding - low * zoom, Math.max(stage - padding - (low + extent) * zoom, at));
    // A site title cut at the stage's leading edge comes into view if the focus still fits.
    const room = stage - padding - ((start + size) * zoom + at);
    const needed = Math.max(0, ...title.map(([t]) => padding - (t * zoom + at)));
    return at + Math.min(needed, Math.max(0, room));
  };
  return {
    zoom,
    x: axis(
      u.x,
      u.width,
      width,
      bounds.x,
      bounds.width,
      titles.map((t) => [t.x, t.width]),
    ),
    y: axis(
      u.y,
      u.height,
      height,
      bounds.y,
      bounds.height,
      titles.map((t) => [t.y, t.height]),
    ),
  };
}

// ——— the machine ———

export interface ViewState {
  /** React Flow has called onInit: the view can be set. */
  ready: boolean;
  /** The first view is on screen (a fleet starts as tiles until then). */
  shown: boolean;
  /**
   * The last view chosen on this canvas, with the frame it was chosen in. It comes back as the link's
   * view a render later, when it is already on screen, or when a newer move has begun, which applying
   * it would cut short.
   */
  chosen: { key: string; frame: Frame } | null;
  /** Where the gesture in progress began. */
  moveStart: ScreenViewport | null;
  /** What the view depends on, as last seen: a change of one decides whether to fit again. */
  inputs: Inputs | null;
}

interface Inputs {
  /** The link holds a view. */
  linked: boolean;
  /** What "fit" frames: the ids of a tour step, or nothing for the whole diagram. */
  fitKey: string;
  width: number;
  height: number;
}

export const initialViewState: ViewState = {
  ready: false,
  shown: false,
  chosen: null,
  moveStart: null,
  inputs: null,
};

export type ViewEvent =
  /** React Flow is ready; `link` is the link's view. */
  | { type: 'ready'; link: Viewport | null; frame: Frame }
  /** The first view has been set. */
  | { type: 'shown' }
  /** The link's view or the canvas frame changed; `current` is what is on screen. */
  | { type: 'link'; link: Viewport | null; frame: Frame; current: ScreenViewport }
  /** The link's view, what "fit" frames or the canvas size may have changed. */
  | { type: 'inputs'; link: Viewport | null; fitKey: string; width: number; height: number; animate: boolean }
  | { type: 'moveStart'; viewport: ScreenViewport }
  /** A move ended: `manual` when the reader made it (a gesture), not a fit or a glide. */
  | { type: 'moveEnd'; viewport: ScreenViewport; manual: boolean; frame: Frame }
  /** The reader chose this view without a gesture (zoom buttons, + and −), or a glide ended there. */
  | { type: 'choose'; viewport: ScreenViewport; frame: Frame }
  /**
   * Something must be kept in view (a panel opened, the selection changed) and `target` is where that
   * takes the view (null: it is in view already). Without a chosen view the resting view moves there
   * (a refit); with one, the view glides there and it becomes the chosen view.
   */
  | { type: 'reveal'; link: Viewport | null; target: ScreenViewport | null };

export type ViewCommand =
  | { type: 'set'; viewport: ScreenViewport; duration: number }
  | { type: 'fit'; duration: number }
  /** After the next paint (the panel shows first), glide to the viewport, then choose it. */
  | { type: 'glide'; viewport: ScreenViewport }
  /** The reader's view, as the link will hold it (null: back to the default). */
  | { type: 'report'; view: Viewport | null };

const FIT_ANIMATION = 400;
const GLIDE = 250;
const keyOf = (view: Viewport) => JSON.stringify(view);

/** Snaps a view to what the link can hold, so the sender sees what a receiver will, and reports it. */
function choose(state: ViewState, viewport: ScreenViewport, frame: Frame): [ViewState, ViewCommand[]] {
  const view = roundViewport(toDiagram(viewport, frame));
  return [
    { ...state, chosen: { key: keyOf(view), frame } },
    [
      { type: 'set', viewport: toScreen(view, frame), duration: 0 },
      { type: 'report', view },
    ],
  ];
}

export function reduceView(state: ViewState, event: ViewEvent): [ViewState, ViewCommand[]] {
  switch (event.type) {
    case 'ready':
      return [
        { ...state, ready: true },
        [
          event.link
            ? { type: 'set', viewport: toScreen(event.link, event.frame), duration: 0 }
            : { type: 'fit', duration: 0 },
        ],
      ];
    case 'shown':
      return [{ ...state, shown: true }, []];
    case 'link': {
      const { link, frame } = event;
      if (!state.ready || !link) return [state, []];
      if (state.chosen?.key === keyOf(link) && state.chosen.frame === frame) return [state, []];
      const target = toScreen(link, frame);
      return [state, sameScreen(target, event.current) ? [] : [{ type: 'set', viewport: target, duration: 0 }]];
    }
    case 'inputs': {
      // Without a chosen view the diagram stays fitted: animated when the link drops its view or the tour
      // step changes, at once when the canvas changes size.
      const { link, fitKey, width, height } = event;
      const before = state.inputs;
      const next = { ...state, inputs: { linked: link !== null, fitKey, width, height } };
      if (!state.ready || link || !before) return [next, []];
      if (before.linked || before.fitKey !== fitKey)
        return [next, [{ type: 'fit', duration: event.animate ? FIT_ANIMATION : 0 }]];
      if ((before.width !== width || before.height !== height) && width > 0 && height > 0)
        return [next, [{ type: 'fit', duration: 0 }]];
      return [next, []];
    }
    case 'moveStart':
      return [{ ...state, moveStart: event.viewport }, []];
    case 'moveEnd': {
      // A click is a gesture that moved nothing: not a choice either.
      const start = state.moveStart;
      if (!event.manual || (start && sameScreen(start, event.viewport))) return [state, []];
      return choose(state, event.viewport, event.frame);
    }
    case 'choose':
      return choose(state, event.viewport, event.frame);
    case 'reveal':
      if (!state.shown || !event.target) return [state, []];
      return [state, [event.link ? { type: 'glide', viewport: event.target } : { type: 'fit', duration: GLIDE }]];
  }
}
