/**
 * The React Flow canvas shared by the architecture page, compare, presentation and embed.
 * Positions come from the build (or the fleet grid); this component only draws and reports.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
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
import { MAX_ZOOM, MIN_ZOOM, roundViewport, type Viewport } from '../../url/codec';
import { edgeTypes, nodeTypes } from './nodes/nodeTypes';
import { SimulationContext } from './SimulationContext';
import { siteOfHub, type FlowNode, type LinkFlowEdge } from './flow/types';
import { sameScreen, toDiagram, toScreen, type Frame } from './viewport';

type Padding = NonNullable<FitViewOptions['padding']>;

export interface GraphCanvasProps {
  label: string;
  nodes: FlowNode[];
  edges: LinkFlowEdge[];
  view: Viewport | null;
  onViewChange?: (view: Viewport) => void;
  onSelect?: (componentId: string) => void;
  onToggleSite?: (siteId: string) => void;
  centralDown: boolean;
  /** Some nodes are in focus (a selection's dependencies, a tour step): the rest is dimmed. */
  focusing?: boolean;
  /** Ids to bring into view (tour steps, search results); null fits the whole graph. */
  fitTo?: readonly string[] | null;
  minimap?: boolean;
  controls?: boolean;
  fleet?: boolean;
  /** A fleet's far-away picture (site tiles only), drawn instead of `nodes` when zoomed out. */
  overview?: { nodes: FlowNode[]; edges: LinkFlowEdge[] } | null;
  /** Told the part of the diagram on screen (grown by a screen each way) once a move ends; null when zoomed out to the overview. */
  onVisibleRegion?: (region: Rect | null) => void;
  /** Room to keep clear when fitting, e.g. under a presentation caption. */
  fitPadding?: Padding;
}

const proOptions = { hideAttribution: true };
const FIT_PADDING = 0.08;
const FIT_MAX_ZOOM = 1.25;
const fitViewOptions = { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM };
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
const farSelector = (s: { transform: [number, number, number] }) => s.transform[2] < 0.62;
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

function Canvas(props: GraphCanvasProps) {
  const { view, onViewChange, onSelect, onToggleSite, fitTo, label, overview, onVisibleRegion } = props;
  const zoomedOut = useStore(zoomedOutSelector);
  const width = useStore(widthSelector);
  const height = useStore(heightSelector);
  // Until the first view is set the zoom means nothing; a fleet starts as tiles, never as 10,000 nodes.
  const [initialised, setInitialised] = useState(false);
  const far = !!overview && (!initialised || zoomedOut);
  const nodes = far ? overview.nodes : props.nodes;
  const edges = far ? overview.edges : props.edges;
  const flow = useReactFlow<FlowNode, LinkFlowEdge>();
  const ready = useRef(false);

  // "Fit" is the reference of the URL's zoom: the whole diagram (every top-level node) in this canvas.
  const allNodes = (overview ?? props).nodes;
  const wholeBounds = useMemo(() => getNodesBounds(allNodes.filter((n) => !n.parentId)), [allNodes]);
  const frame = useMemo((): Frame => {
    const fit = getViewportForBounds(wholeBounds, width || 1, height || 1, MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING);
    return { width, height, fitZoom: fit.zoom };
  }, [wholeBounds, width, height]);
  const frameRef = useRef(frame);
  useLayoutEffect(() => {
    frameRef.current = frame;
  }, [frame]);

  const fit = useCallback(
    (duration: number) => {
      const ids = fitTo && fitTo.length > 0 ? fitTo.map((id) => ({ id })) : undefined;
      return flow.fitView({
        ...fitViewOptions,
        ...(props.fitPadding ? { padding: props.fitPadding } : {}),
        nodes: ids,
        duration,
        maxZoom: ids ? 1.1 : FIT_MAX_ZOOM,
      });
    },
    [flow, fitTo, props.fitPadding],
  );

  // A zoomed-in fleet builds only the sites near the screen: derived from the chosen view (every user
  // move ends in one) and the canvas size, so the same link always builds the same sites.
  const shownViewport = useMemo(
    () =>
      view
        ? toScreen(view, frame)
        : getViewportForBounds(wholeBounds, width, height, MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING),
    [view, frame, wholeBounds, width, height],
  );
  useEffect(() => {
    if (!onVisibleRegion || width === 0 || height === 0) return;
    onVisibleRegion(shownViewport.zoom < OVERVIEW_ZOOM ? null : regionOf(shownViewport, width, height));
  }, [onVisibleRegion, shownViewport, width, height]);

  // The URL's viewport wins; without one, fit the graph (or the tour step's focus).
  useEffect(() => {
    if (!ready.current) return;
    if (view) {
      const target = toScreen(view, frameRef.current);
      if (!sameScreen(target, flow.getViewport())) void flow.setViewport(target, { duration: 0 });
    } else void fit(reducedMotion() ? 0 : 400);
  }, [view, fit, flow]);

  const onInit = useCallback(() => {
    ready.current = true;
    void (view ? flow.setViewport(toScreen(view, frameRef.current)) : fit(0)).then(() => setInitialised(true));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const moveStart = useRef<FlowViewport | null>(null);
  const onMoveStart = useCallback((_: MouseEvent | TouchEvent | null, viewport: FlowViewport) => {
    moveStart.current = viewport;
  }, []);
  const onMoveEnd = useCallback(
    (event: MouseEvent | TouchEvent | null, viewport: FlowViewport) => {
      // Programmatic moves (fit, tour steps) have no event, and a click is a gesture that moved
      // nothing: neither is the user choosing a view.
      const start = moveStart.current;
      if (!event || !onViewChange || (start && sameScreen(start, viewport))) return;
      // Snap to what the URL can hold, so the sender sees exactly what the receiver will.
      const rounded = roundViewport(toDiagram(viewport, frameRef.current));
      void flow.setViewport(toScreen(rounded, frameRef.current));
      onViewChange(rounded);
    },
    [onViewChange, flow],
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

  const wrapper = useRef<HTMLDivElement>(null);
  // The overview map only helps once the diagram no longer fits; before that it just hides part of it.
  const zoomedIn = useStore(
    useCallback((s: { transform: [number, number, number] }) => s.transform[2] > frame.fitZoom * 1.35, [frame.fitZoom]),
  );
  const showMap = props.minimap !== false && zoomedIn;
  return (
    <SimulationContext.Provider value={simulation}>
      <div ref={wrapper} className="h-full w-full" data-focusing={props.focusing ? 'true' : undefined}>
        <ReactFlow<FlowNode, LinkFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
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
          onlyRenderVisibleElements={props.fleet ?? false}
          proOptions={proOptions}
          aria-label={label}
          ariaLabelConfig={{
            'node.a11yDescription.default': 'Press Enter to show this component’s details.',
            'edge.a11yDescription.default': 'A link between two components.',
          }}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="var(--border)" />
          {props.controls !== false && <Controls showInteractive={false} fitViewOptions={fitViewOptions} />}
          {showMap && (
            <MiniMap<FlowNode>
              pannable
              zoomable
              style={{ width: 170, height: 110 }}
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

/** Publishes the zoom to CSS (data-far hides secondary text when zoomed far out); no node re-renders. */
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
