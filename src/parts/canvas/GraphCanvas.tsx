/**
 * The React Flow canvas shared by the architecture page, compare, presentation and embed.
 * Positions and routes come from the build (or the fleet grid); this component only draws and reports.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  getNodesBounds,
  getViewportForBounds,
  useReactFlow,
  useStore,
  type FitViewOptions,
  type OnNodesChange,
  type Viewport as FlowViewport,
} from '@xyflow/react';
import { OVERVIEW_ZOOM, type Rect } from '../../model/geometry';
import { CUT_BUTTON_HEIGHT } from '../../model/typography';
import { MAX_ZOOM, MIN_ZOOM, roundViewport, type Viewport } from '../../url/codec';
import { EdgeLayer } from './EdgeLayer';
import type { EdgeShape } from './flow/paths';
import { siteOfHub, type Flow, type FlowNode } from './flow/types';
import { nextNodeInDirection, type Direction } from './keyboard';
import { nodeTypes } from './nodes/nodeTypes';
import { SimulationContext } from './SimulationContext';
import { sameScreen, toDiagram, toScreen, type Frame } from './viewport';
import { areaOf, nearScreen, nodesNear } from './nearScreen';
import type { Membership } from '../../simulation/dependencies';

type Padding = NonNullable<FitViewOptions['padding']>;

export interface Cover {
  /** Screen pixels of the canvas covered by a panel at its right (laptop) … */
  right: number;
  /** … or at its bottom (a phone's sheet). */
  bottom: number;
}
export const UNCOVERED: Cover = { right: 0, bottom: 0 };

interface GraphCanvasProps {
  label: string;
  nodes: FlowNode[];
  edges: readonly EdgeShape[];
  view: Viewport | null;
  /** A view the reader chose (null: back to the default, fitted one). */
  onViewChange?: (view: Viewport | null) => void;
  onSelect?: (componentId: string) => void;
  onToggleSite?: (siteId: string) => void;
  centralDown: boolean;
  /** Some nodes are in focus (a selection's dependencies, a tour step): the rest is dimmed. */
  focusing?: boolean;
  /** Links brought forward (see EdgeLayer). */
  focusLinks?: Membership | null;
  /** The selected component, whose links show their labels. */
  labelFor?: string | null;
  /** Ids to frame (tour steps); null fits the whole graph. */
  fitTo?: readonly string[] | null;
  /**
   * Nodes that must stay in view (the selection, the site just cut): when a panel or sheet opens, or
   * the selection changes, the view moves just enough to show them in the part of the canvas not covered.
   */
  reveal?: readonly string[] | null;
  /** The part of the canvas a panel covers: fitting and keeping `reveal` in view use the rest. */
  covered?: Cover;
  minimap?: boolean;
  controls?: boolean;
  fleet?: boolean;
  /** A fleet's far-away picture (site tiles only), drawn instead of `nodes` when zoomed out. */
  overview?: Flow | null;
  /** Told the part of the diagram on screen (grown by a screen each way); null when zoomed out to the overview. */
  onVisibleRegion?: (region: Rect | null) => void;
  /** Room to keep clear when fitting, e.g. under a presentation caption. */
  fitPadding?: Padding;
  /** Zoom bounds when fitting `fitTo` (a tour step keeps its labels legible: at least 1, panning rather than zooming out). */
  fitZoom?: { min: number; max: number };
  /** The embed of a wiki page: the wheel scrolls the page unless Ctrl/⌘ is held or the diagram was clicked. */
  embedded?: boolean;
  /** Arrow keys move between nodes (false in a presentation, where they change the step). */
  arrowNavigation?: boolean;
}

const proOptions = { hideAttribution: true };
// A gutter on the left keeps the zoom controls (and the legend above them) off the fitted diagram.
const FIT_PADDING = { top: '12px', right: '12px', bottom: '12px', left: '56px' } as const;
const FIT_MAX_ZOOM = 1.5;
/** On a phone the default view is zoomed in so every box is a whole, tappable target. */
const PHONE_WIDTH = 640;
const TAP_TARGET = 44;
const minimapNodeColor = (node: FlowNode) =>
  node.type === 'site' || node.type === 'fleet' ? 'transparent' : node.type === 'hub' ? 'var(--wan)' : 'var(--border)';
const minimapNodeStroke = (node: FlowNode) =>
  node.type === 'site'
    ? node.data.cut
      ? 'var(--cut)'
      : node.data.site.kind === 'central'
        ? 'var(--central-border)'
        : 'var(--edge-border)'
    : 'transparent';

// Booleans, not the zoom itself: the canvas re-renders when one flips, not at every step of a wheel zoom.
const zoomedOutSelector = (s: { transform: [number, number, number] }) => s.transform[2] < OVERVIEW_ZOOM;
/**
 * The sites of a zoomed-in fleet drawn: those near the screen, a cell beyond it each way, since React
 * Flow takes new nodes a render after the move that needs them. React Flow's own culling still keeps
 * off-screen nodes out of the page, but it adopts every node it is given, and draws each one once
 * before it is measured.
 */
const fleetArea = (s: Parameters<typeof nearScreen>[0]) => nearScreen(s, 1);
const everything = () => null;
const widthSelector = (s: { width: number }) => s.width;
const heightSelector = (s: { height: number }) => s.height;

/** The part of the diagram a screen viewport shows, grown by `margin` screens each way. */
function regionOf(view: FlowViewport, width: number, height: number, margin = 1): Rect {
  const w = width / view.zoom;
  const h = height / view.zoom;
  return {
    x: -view.x / view.zoom - margin * w,
    y: -view.y / view.zoom - margin * h,
    width: w * (1 + 2 * margin),
    height: h * (1 + 2 * margin),
  };
}

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Absolute boxes of the nodes with these ids (children are placed relative to their site). */
function boxesOf(nodes: readonly FlowNode[], ids: readonly string[]): Rect[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return ids.flatMap((id) => {
    const node = byId.get(id);
    if (!node) return [];
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    return [
      {
        x: node.position.x + (parent?.position.x ?? 0),
        y: node.position.y + (parent?.position.y ?? 0),
        width: node.width ?? 0,
        height: node.height ?? 0,
      },
    ];
  });
}

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

function Canvas(props: GraphCanvasProps) {
  const {
    view,
    onViewChange,
    onSelect,
    onToggleSite,
    fitTo,
    label,
    overview,
    onVisibleRegion,
    reveal,
    covered = UNCOVERED,
  } = props;
  const zoomedOut = useStore(zoomedOutSelector);
  const width = useStore(widthSelector);
  const height = useStore(heightSelector);
  // Until the first view is set the zoom means nothing; a fleet starts as tiles, never as 10,000 nodes.
  const [initialised, setInitialised] = useState(false);
  const far = !!overview && (!initialised || zoomedOut);
  const area = useStore(props.fleet && !far ? fleetArea : everything);
  const built = far ? overview.nodes : props.nodes;
  const nodes = useMemo(() => (area ? nodesNear(built, areaOf(area)) : built), [built, area]);
  const edges = far ? overview.edges : props.edges;
  const flow = useReactFlow<FlowNode>();
  const ready = useRef(false);

  // "Fit" is the reference of the URL's zoom: the whole diagram (every top-level node) in this canvas.
  const allNodes = (overview ?? props).nodes;
  const wholeBounds = useMemo(() => getNodesBounds(allNodes.filter((n) => !n.parentId)), [allNodes]);
  // A number, so that a selection (new node objects, same bounds) leaves the frame as it is.
  const fitZoom = useMemo(
    () => getViewportForBounds(wholeBounds, width || 1, height || 1, MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING).zoom,
    [wholeBounds, width, height],
  );
  const frame = useMemo((): Frame => ({ width, height, fitZoom }), [width, height, fitZoom]);
  const frameRef = useRef(frame);
  useLayoutEffect(() => {
    frameRef.current = frame;
  }, [frame]);

  /**
   * The view without a chosen one: the whole diagram in the part of the canvas no panel covers, or on a
   * phone the top of it at a size a finger can tap.
   */
  const coveredRight = covered.right;
  const defaultViewport = useCallback((): FlowViewport => {
    const { width: w, height: h } = frameRef.current;
    const fit = getViewportForBounds(
      wholeBounds,
      Math.max(1, w - coveredRight),
      h || 1,
      MIN_ZOOM,
      FIT_MAX_ZOOM,
      FIT_PADDING,
    );
    // A phone, not a narrow canvas: compare's two halves of a laptop screen still fit their diagrams,
    // and so does an embed in a wiki page (a small frame, not a phone).
    if (window.innerWidth >= PHONE_WIDTH || w === 0 || props.embedded) return fit;
    const smallest = Math.min(
      CUT_BUTTON_HEIGHT,
      ...allNodes.filter((n) => n.type === 'component').map((n) => n.height ?? TAP_TARGET),
    );
    const zoom = Math.max(fit.zoom, Math.min(MAX_ZOOM, TAP_TARGET / smallest));
    // The central site's top-left corner: its title, then its first components; the reader pans from there.
    const central = allNodes.find((n) => n.type === 'site' && n.data.site.kind === 'central') ?? {
      position: wholeBounds,
    };
    // Below the legend button, which sits at the canvas's top-left.
    return { x: 8 - central.position.x * zoom, y: 52 - central.position.y * zoom, zoom };
  }, [wholeBounds, allNodes, props.embedded, coveredRight]);

  const fit = useCallback(
    (duration: number) => {
      if (fitTo && fitTo.length > 0) {
        return flow.fitView({
          padding: props.fitPadding ?? FIT_PADDING,
          nodes: fitTo.map((id) => ({ id })),
          duration,
          minZoom: props.fitZoom?.min,
          maxZoom: props.fitZoom?.max ?? 1.4,
        });
      }
      if (props.fitPadding) return flow.fitView({ padding: props.fitPadding, duration, maxZoom: FIT_MAX_ZOOM });
      return flow.setViewport(defaultViewport(), { duration });
    },
    [flow, fitTo, props.fitPadding, props.fitZoom, defaultViewport],
  );

  // A zoomed-in fleet builds only the sites near the screen: derived from the chosen view (every user
  // move ends in one) and the canvas size, so the same link always builds the same sites.
  const shownViewport = useMemo(
    () =>
      view
        ? toScreen(view, frame)
        : getViewportForBounds(wholeBounds, width - coveredRight, height, MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING),
    [view, frame, wholeBounds, width, height, coveredRight],
  );
  useEffect(() => {
    if (!onVisibleRegion || width === 0 || height === 0) return;
    onVisibleRegion(shownViewport.zoom < OVERVIEW_ZOOM ? null : regionOf(shownViewport, width, height));
  }, [onVisibleRegion, shownViewport, width, height]);

  // The latest fit, for effects that must run when the view or the tour step changes, not when a
  // selection changes the nodes.
  const fitRef = useRef(fit);
  useLayoutEffect(() => {
    fitRef.current = fit;
  }, [fit]);

  // The URL's viewport wins; without one, fit the graph (or the tour step's focus). A chosen view is
  // applied again when the canvas changes size (the window is resized): the screen always shows what
  // the link would show on a window of this size.
  const fitKey = fitTo?.join(' ') ?? '';
  // The last view chosen here, with the frame it was chosen in: it comes back as `view` a render later,
  // when it is already on screen, or a newer move has begun, which applying it would cut short.
  const chosen = useRef<{ key: string; frame: Frame } | null>(null);
  useEffect(() => {
    if (!ready.current || !view) return;
    if (chosen.current?.key === JSON.stringify(view) && chosen.current.frame === frame) return;
    const target = toScreen(view, frame);
    if (!sameScreen(target, flow.getViewport())) void flow.setViewport(target, { duration: 0 });
  }, [view, frame, flow]);
  useEffect(() => {
    if (!ready.current || view) return;
    void fitRef.current(reducedMotion() ? 0 : 400);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, fitKey]);

  // Without a chosen view the diagram stays fitted: when the canvas changes size (the window is resized,
  // the page's header settles) or a panel opens over it, fit again.
  useEffect(() => {
    if (!ready.current || view || width === 0 || height === 0) return;
    void fitRef.current(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height, coveredRight]);

  /** Makes a view the chosen one, snapped to what the URL can hold so the sender sees what the receiver will. */
  const choose = useCallback(
    (viewport: FlowViewport) => {
      if (!onViewChange) return;
      const rounded = roundViewport(toDiagram(viewport, frameRef.current));
      void flow.setViewport(toScreen(rounded, frameRef.current));
      chosen.current = { key: JSON.stringify(rounded), frame: frameRef.current };
      onViewChange(rounded);
    },
    [onViewChange, flow],
  );

  const onInit = useCallback(() => {
    ready.current = true;
    // The latest fit: a panel that a link opens may have reported the room it covers before React Flow was ready.
    void (view ? flow.setViewport(toScreen(view, frameRef.current)) : fitRef.current(0)).then(() =>
      setInitialised(true),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Keep what the user is looking at in view when a panel covers the canvas's side or a sheet its bottom.
  // Measured against the view the canvas is settling on (the chosen one, or the default), not a move in
  // flight. Where the view ends becomes the chosen one: the link then shows what the screen shows, and a
  // zoomed-in fleet builds the sites around it.
  const revealKey = reveal?.join(' ') ?? '';
  useEffect(() => {
    if (!initialised || !revealKey || width === 0 || height === 0) return;
    const boxes = boxesOf(built, revealKey.split(' '));
    if (boxes.length === 0) return;
    const v = view ? toScreen(view, frameRef.current) : defaultViewport();
    const left = Math.min(...boxes.map((b) => b.x)) * v.zoom + v.x;
    const top = Math.min(...boxes.map((b) => b.y)) * v.zoom + v.y;
    const right = Math.max(...boxes.map((b) => b.x + b.width)) * v.zoom + v.x;
    const bottom = Math.max(...boxes.map((b) => b.y + b.height)) * v.zoom + v.y;
    // A fitted diagram keeps only a few pixels at its sides: count those as in view.
    const margin = 4;
    const visibleRight = width - covered.right;
    const visibleBottom = height - covered.bottom;
    if (left >= margin && top >= margin && right <= visibleRight - margin && bottom <= visibleBottom - margin) return;
    // Move, not zoom, unless the boxes cannot fit at this zoom.
    const zoom = Math.min(
      v.zoom,
      (visibleRight - 2 * margin) / ((right - left) / v.zoom),
      (visibleBottom - 2 * margin) / ((bottom - top) / v.zoom),
    );
    let target: FlowViewport;
    if (zoom < v.zoom) {
      const cx = ((left + right) / 2 - v.x) / v.zoom;
      const cy = ((top + bottom) / 2 - v.y) / v.zoom;
      target = { x: visibleRight / 2 - cx * zoom, y: visibleBottom / 2 - cy * zoom, zoom };
    } else {
      // Only as far as needed, like scrollIntoView's "nearest": a small move keeps the reader's place,
      // and a zoomed-in fleet keeps the sites it has built around the screen.
      const shift = (low: number, high: number, limit: number) => {
        const room = Math.min(24, (limit - (high - low)) / 2);
        return low < margin ? room - low : high > limit - margin ? limit - room - high : 0;
      };
      target = { x: v.x + shift(left, right, visibleRight), y: v.y + shift(top, bottom, visibleBottom), zoom };
    }
    // After the next paint: the panel shows at once, then the view glides (the first step of the glide
    // redraws the visible part of a fleet, which would otherwise hold the panel's first frame back).
    let cancelled = false;
    const cancel = afterNextPaint(() => {
      void flow.setViewport(target, { duration: reducedMotion() ? 0 : 250 }).then(() => !cancelled && choose(target));
    });
    return () => {
      cancelled = true;
      cancel();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealKey, width, height, covered, initialised, built, flow]);

  const wrapper = useRef<HTMLDivElement>(null);
  const moveStart = useRef<FlowViewport | null>(null);
  const onMoveStart = useCallback((_: MouseEvent | TouchEvent | null, viewport: FlowViewport) => {
    moveStart.current = viewport;
    // For tests and tools that must wait for the view to come to rest (no re-render for it).
    if (wrapper.current) wrapper.current.dataset.moving = 'true';
  }, []);
  const onMoveEnd = useCallback(
    (event: MouseEvent | TouchEvent | null, viewport: FlowViewport) => {
      delete wrapper.current?.dataset.moving;
      // Programmatic moves (fit, tour steps, keeping a selection in view) have no event, and a click is
      // a gesture that moved nothing: neither is the user choosing a view.
      const start = moveStart.current;
      if (!event || (start && sameScreen(start, viewport))) return;
      choose(viewport);
    },
    [choose],
  );

  // Clicks and Enter/Space on a focused node both arrive as a selection change; nodes are never
  // left selected in React Flow's own state, so activating the same node again arrives again.
  const onNodesChange: OnNodesChange<FlowNode> = useCallback(
    (changes) => {
      for (const change of changes) {
        if (change.type !== 'select' || !change.selected) continue;
        const site = siteOfHub(change.id);
        if (site) onToggleSite?.(site);
        else if (!change.id.startsWith('site:')) onSelect?.(change.id);
      }
    },
    [onSelect, onToggleSite],
  );
  const simulation = useMemo(
    () => ({ toggleSite: onToggleSite ?? (() => {}), centralDown: props.centralDown }),
    [onToggleSite, props.centralDown],
  );

  // The zoom buttons and keys move the view without a gesture event (so onMoveEnd leaves them alone):
  // where they end is the reader's choice all the same. The fit button goes back to the default view.
  const recordView = useCallback(() => choose(flow.getViewport()), [choose, flow]);
  const fitted = useCallback(() => onViewChange?.(null), [onViewChange]);

  // Arrow keys move between nodes by where they are on screen; + and − zoom.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === '+' || event.key === '=') {
        event.preventDefault();
        void flow.zoomIn({ duration: 150 }).then(recordView);
        return;
      }
      if (event.key === '-' || event.key === '_') {
        event.preventDefault();
        void flow.zoomOut({ duration: 150 }).then(recordView);
        return;
      }
      // Tab from the selected node goes into its panel, not to the next of dozens of nodes.
      const node = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      if (event.key === 'Tab' && !event.shiftKey && node?.classList.contains('selected')) {
        const first = document
          .getElementById('details-panel')
          ?.querySelector<HTMLElement>('button, a[href], [tabindex="0"]');
        if (first) {
          event.preventDefault();
          first.focus();
          return;
        }
      }
      if (props.arrowNavigation === false) return;
      const direction = (
        { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as Record<string, Direction>
      )[event.key];
      const current = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      if (!direction || !current) return;
      event.preventDefault();
      const next = nextNodeInDirection(wrapper.current!, current, direction);
      if (next) {
        next.focus();
        next.scrollIntoView?.({ block: 'nearest' });
      }
    },
    [flow, props.arrowNavigation, recordView],
  );

  // An embed on a wiki page: the wheel belongs to the page until the reader clicks into the diagram.
  const [engaged, setEngaged] = useState(!props.embedded);
  const zoomedIn = useStore(
    useCallback((s: { transform: [number, number, number] }) => s.transform[2] > frame.fitZoom * 1.35, [frame.fitZoom]),
  );
  // The overview map only helps once the diagram no longer fits; before that it just hides part of it.
  // A zoomed-in fleet holds only the sites near the screen, so its map would show those, not the fleet
  // (and it would redraw hundreds of nodes on every click): zooming out is its overview.
  const fitViewOptions = useMemo(
    () => ({ padding: { ...FIT_PADDING, right: `${12 + coveredRight}px` as const }, maxZoom: FIT_MAX_ZOOM }),
    [coveredRight],
  );
  const showMap = props.minimap !== false && !props.fleet && zoomedIn && window.innerWidth >= PHONE_WIDTH;
  return (
    <SimulationContext.Provider value={simulation}>
      {/* Arrow keys and +/− act on the focused node inside; the keys themselves reach React Flow's nodes. */}
      {/* oxlint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={wrapper}
        className="h-full w-full"
        data-focusing={props.focusing ? 'true' : undefined}
        onKeyDown={onKeyDown}
        onPointerDown={() => setEngaged(true)}
        onPointerLeave={() => props.embedded && setEngaged(false)}
      >
        <ReactFlow<FlowNode>
          nodes={nodes}
          edges={[]}
          nodeTypes={nodeTypes}
          onInit={onInit}
          onMoveStart={onMoveStart}
          onMoveEnd={onMoveEnd}
          onNodesChange={onNodesChange}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable
          nodesFocusable
          edgesFocusable={false}
          selectNodesOnDrag={false}
          multiSelectionKeyCode={null}
          deleteKeyCode={null}
          selectionKeyCode={null}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          zoomOnScroll={engaged}
          preventScrolling={engaged}
          zoomActivationKeyCode={props.embedded ? ['Control', 'Meta'] : null}
          onlyRenderVisibleElements={props.fleet ?? false}
          proOptions={proOptions}
          aria-label={label}
          ariaLabelConfig={{
            'node.a11yDescription.default':
              'Press Enter to show this component’s details; arrow keys move to the next one.',
          }}
        >
          <EdgeLayer shapes={edges} focusLinks={props.focusLinks ?? null} labelFor={props.labelFor ?? null} />
          <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="var(--border)" />
          {props.controls !== false && (
            <Controls
              showInteractive={false}
              fitViewOptions={fitViewOptions}
              onZoomIn={recordView}
              onZoomOut={recordView}
              onFitView={fitted}
            />
          )}
          {showMap && (
            <MiniMap<FlowNode>
              pannable
              zoomable
              // Beside the panel, not under it.
              style={{ width: 170, height: 110, right: coveredRight }}
              nodeColor={minimapNodeColor}
              nodeStrokeColor={minimapNodeStroke}
              nodeStrokeWidth={6}
              ariaLabel="Overview of the whole diagram"
            />
          )}
          <ZoomScale target={wrapper} />
        </ReactFlow>
      </div>
    </SimulationContext.Provider>
  );
}

const farSelector = (s: { transform: [number, number, number] }) => s.transform[2] < 0.45;
/** Publishes "zoomed far out" to CSS (badges step back); no node re-renders. */
function ZoomScale({ target }: { target: RefObject<HTMLDivElement | null> }) {
  const far = useStore(farSelector);
  useEffect(() => {
    const element = target.current?.querySelector<HTMLElement>('.react-flow');
    if (element) element.dataset.far = String(far);
  }, [far, target]);
  return null;
}

export function GraphCanvas(props: GraphCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
