/**
 * Runs the canvas's view machine (viewControl.ts) against React Flow: turns React Flow's callbacks and
 * the page's inputs into events, and the machine's commands into setViewport, fitView and reports.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow, type Viewport as FlowViewport } from '@xyflow/react';
import type { Rect } from '../../model/geometry';
import type { Viewport } from '../../url/codec';
import type { FlowNode } from './flow/types';
import { absoluteBoxes, boundsOf } from './flow/boxes';
import { SITE_HEADER } from '../../model/typography';
import {
  frameViewport,
  initialViewState,
  restingViewport,
  reduceView,
  regionOf,
  revealTarget,
  type Cover,
  type DefaultViewInput,
  type ViewCommand,
  type ViewEvent,
} from './viewControl';
import { sameScreen, toScreen, type Frame } from './viewport';
import { OVERVIEW_ZOOM } from '../../model/geometry';

/** How a tour step is framed: the room kept at the stage's edges, the zoom's bounds. */
export interface Framing {
  padding: number;
  zoom: { min: number; max: number };
}
const DEFAULT_FRAMING: Framing = { padding: 24, zoom: { min: 0.2, max: 1.4 } };

export interface ViewInputs {
  frame: Frame;
  /** The link's view (null: the default, fitted one). */
  view: Viewport | null;
  onViewChange?: (view: Viewport | null) => void;
  /** What the default view is made of (see defaultViewport). */
  defaults: DefaultViewInput;
  /** Ids to frame instead of the whole diagram (a tour step), with the room to keep and the zoom bounds. */
  fitTo?: readonly string[] | null;
  framing?: Framing;
  /** Nodes to keep clear of the panel, and the nodes they are looked up in. */
  reveal?: readonly string[] | null;
  nodes: readonly FlowNode[];
  cover: Cover;
  /** Told the part of the diagram on screen (grown by a screen each way); null when zoomed out to the overview. */
  onVisibleRegion?: (region: Rect | null) => void;
}

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Runs `task` once the frame being prepared has been painted; returns a cancel. */
function afterNextPaint(task: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(task);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/** Absolute boxes of the nodes with these ids. */
function boxesOf(nodes: readonly FlowNode[], ids: readonly string[]): Rect[] {
  const wanted = new Set(ids);
  return absoluteBoxes(nodes).filter((b) => wanted.has(b.node.id));
}

export function useViewControl(inputs: ViewInputs) {
  const flow = useReactFlow<FlowNode>();
  const { frame, view, fitTo, defaults, cover, nodes } = inputs;
  /** The canvas's wrapper, marked with data-moving while the view moves (for tests and tools that wait for it to rest). */
  const wrapper = useRef<HTMLDivElement>(null);
  const latest = useRef(inputs);
  useLayoutEffect(() => {
    latest.current = inputs;
  });
  const machine = useRef(initialViewState);
  const [shown, setShown] = useState(false);
  const glide = useRef<(() => void) | null>(null);

  const fit = useCallback(
    (duration: number) => {
      const { fitTo: ids, framing = DEFAULT_FRAMING, defaults: input } = latest.current;
      const now = latest.current;
      if (ids && ids.length > 0) {
        const boxes = absoluteBoxes(now.nodes);
        const byId = new Map(boxes.map((b) => [b.node.id, b]));
        const focus = ids.flatMap((id) => byId.get(id) ?? []);
        const titles = [...new Set(focus.map((b) => b.node.parentId))].flatMap((site) => {
          const box = site ? byId.get(site) : undefined;
          return box ? [{ ...box, height: SITE_HEADER }] : [];
        });
        if (focus.length > 0) {
          const bounds = boundsOf(boxes.filter((b) => !b.node.parentId));
          const { width, height } = now.frame;
          const target = frameViewport({ focus, titles, bounds, width, height, ...framing });
          return flow.setViewport(target, { duration: reducedMotion() ? 0 : duration });
        }
      }
      return flow.setViewport(restingViewport(input, boxesOf(now.nodes, now.reveal ?? []), now.cover), {
        duration: reducedMotion() ? 0 : duration,
      });
    },
    [flow],
  );

  // The machine's commands, run against React Flow. A glide ends in an event of its own (choose).
  const dispatchRef = useRef<(event: ViewEvent) => Promise<unknown>>(() => Promise.resolve());
  const execute = useCallback(
    (command: ViewCommand): Promise<unknown> => {
      switch (command.type) {
        case 'set':
          return flow.setViewport(command.viewport, { duration: command.duration });
        case 'fit':
          return fit(command.duration);
        case 'report':
          latest.current.onViewChange?.(command.view);
          return Promise.resolve();
        case 'glide':
          // The panel shows at once, then the view glides (the glide's first step redraws the visible
          // part of a fleet, which would otherwise hold the panel's first frame back). Where it ends
          // becomes the chosen view: the link then shows what the screen shows.
          glide.current?.();
          glide.current = afterNextPaint(() => {
            void flow
              .setViewport(command.viewport, { duration: reducedMotion() ? 0 : 250 })
              .then(() =>
                dispatchRef.current({ type: 'choose', viewport: command.viewport, frame: latest.current.frame }),
              );
          });
          return Promise.resolve();
      }
    },
    [flow, fit],
  );
  const dispatch = useCallback(
    (event: ViewEvent): Promise<unknown> => {
      const [next, commands] = reduceView(machine.current, event);
      machine.current = next;
      return Promise.all(commands.map(execute));
    },
    [execute],
  );
  useLayoutEffect(() => {
    dispatchRef.current = dispatch;
  }, [dispatch]);

  const onInit = useCallback(() => {
    // The latest inputs: a panel that a link opens may have reported its room before React Flow was ready.
    const { view: link, frame: now } = latest.current;
    void dispatch({ type: 'ready', link, frame: now }).then(() => {
      void dispatch({ type: 'shown' });
      setShown(true);
    });
  }, [dispatch]);

  // The link's view wins, applied again when the canvas changes size: the screen shows what the link
  // would show on a window of this size.
  useEffect(() => {
    void dispatch({ type: 'link', link: view, frame, current: flow.getViewport() });
  }, [view, frame, flow, dispatch]);

  const fitKey = fitTo?.join(' ') ?? '';
  const { width, height } = frame;
  useEffect(() => {
    void dispatch({ type: 'inputs', link: view, fitKey, width, height, animate: !reducedMotion() });
  }, [view, fitKey, width, height, dispatch]);

  // What the page asks to keep in view stays clear of the panel: when it opens, when it changes, and when
  // the reader comes back to the resting view.
  const revealKey = inputs.reveal?.join(' ') ?? '';
  const focus = useMemo(() => boxesOf(nodes, revealKey ? revealKey.split(' ') : []), [nodes, revealKey]);
  // A chosen view is exact: the one a link opens, or one the reader is making (a wheel zoom, a drag, before
  // it is reported), is never moved for what it leaves out. Only a change of what must be kept in view,
  // of the canvas's size or of the panel's cover reveals (a return to the resting view is the inputs' fit).
  // Other changes of the nodes (a fleet building the sites near the screen as the wheel zooms in) do not.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!shown) return;
    const reasons = JSON.stringify([focus, frame.width, frame.height, cover]);
    const last = revealed.current;
    revealed.current = reasons;
    if (last === reasons || (view && last === null)) return;
    const target = view
      ? revealTarget(focus, toScreen(view, frame), frame.width, frame.height, cover)
      : restingViewport(latest.current.defaults, focus, cover);
    const moves = target && !sameScreen(target, flow.getViewport());
    void dispatch({ type: 'reveal', link: view, target: moves ? target : null });
    return () => glide.current?.();
  }, [shown, focus, view, frame, cover, flow, dispatch]);

  // The part of the diagram on screen, for a zoomed-in fleet to build the sites near it: from the
  // chosen view and the canvas size, so the same link always builds the same sites.
  const onVisibleRegion = inputs.onVisibleRegion;
  const shownViewport = useMemo(
    () => (view ? toScreen(view, frame) : restingViewport(defaults, focus, cover)),
    [view, frame, defaults, focus, cover],
  );
  useEffect(() => {
    if (!onVisibleRegion || width === 0 || height === 0) return;
    onVisibleRegion(shownViewport.zoom < OVERVIEW_ZOOM ? null : regionOf(shownViewport, width, height));
  }, [onVisibleRegion, shownViewport, width, height]);

  const onMoveStart = useCallback(
    (_: MouseEvent | TouchEvent | null, viewport: FlowViewport) => {
      if (wrapper.current) wrapper.current.dataset.moving = 'true';
      void dispatch({ type: 'moveStart', viewport });
    },
    [dispatch],
  );
  const onMoveEnd = useCallback(
    (event: MouseEvent | TouchEvent | null, viewport: FlowViewport) => {
      delete wrapper.current?.dataset.moving;
      // Programmatic moves (fit, tour steps, a glide) have no event.
      void dispatch({ type: 'moveEnd', viewport, manual: !!event, frame: latest.current.frame });
    },
    [dispatch],
  );
  /** The zoom buttons and keys move the view without a gesture: where they end is the reader's choice all the same. */
  const recordView = useCallback(
    () => void dispatch({ type: 'choose', viewport: flow.getViewport(), frame: latest.current.frame }),
    [dispatch, flow],
  );
  /** The fit button goes back to the default view. */
  const fitted = useCallback(() => latest.current.onViewChange?.(null), []);

  return { wrapper, shown, onInit, onMoveStart, onMoveEnd, recordView, fitted };
}
