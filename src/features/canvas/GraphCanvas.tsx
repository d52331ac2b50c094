/**
 * The React Flow canvas shared by the architecture page, compare, presentation and embed.
 * Positions come from the build (or the fleet grid); this component only draws and reports.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type OnNodesChange,
  type Viewport as FlowViewport,
  type FitViewOptions,
} from '@xyflow/react';
type Padding = NonNullable<FitViewOptions['padding']>;
import { edgeTypes, nodeTypes } from './nodes/nodeTypes';
import { siteOfHub, type FlowNode, type LinkFlowEdge } from './flow/toFlow';
import { OVERVIEW_ZOOM } from '../../model/geometry';
import { SimulationContext } from './SimulationContext';
import type { Viewport } from '../../url/codec';
import { MAX_ZOOM, MIN_ZOOM, roundViewport } from '../../url/codec';

export interface GraphCanvasProps {
  label: string;
  nodes: FlowNode[];
  edges: LinkFlowEdge[];
  view: Viewport | null;
  onViewChange?: (view: Viewport) => void;
  onSelect?: (componentId: string) => void;
  onToggleSite?: (siteId: string) => void;
  centralDown: boolean;
  /** Ids to bring into view (tour steps, search results); null fits the whole graph. */
  fitTo?: readonly string[] | null;
  minimap?: boolean;
  controls?: boolean;
  fleet?: boolean;
  /** A fleet's far-away picture (site tiles only), drawn instead of `nodes` when zoomed out. */
  overview?: { nodes: FlowNode[]; edges: LinkFlowEdge[] } | null;
  /** Room to keep clear when fitting, e.g. under a presentation caption. */
  fitPadding?: Padding;
}

const proOptions = { hideAttribution: true };
const fitViewOptions = { padding: 0.08, maxZoom: 1.25 };
const minimapNodeColor = (node: FlowNode) => (node.type === 'site' || node.type === 'fleet' ? 'transparent' : node.type === 'hub' ? 'var(--wan)' : 'var(--border)');
const minimapNodeStroke = (node: FlowNode) =>
  node.type === 'site' ? (node.data.cut ? 'var(--cut)' : node.data.site.kind === 'central' ? 'var(--central-border)' : 'var(--edge-border)') : 'transparent';

const same = (a: Viewport, b: FlowViewport) => Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.002;

function Canvas(props: GraphCanvasProps) {
  const { view, onViewChange, onSelect, onToggleSite, fitTo, label, overview } = props;
  const zoom = useStore(zoomSelector);
  // Until the first fit has run the zoom is meaningless; a fleet starts as tiles, never as 10,000 nodes.
  const [initialised, setInitialised] = useState(false);
  const far = !!overview && (initialised ? zoom : (view?.zoom ?? 0)) < OVERVIEW_ZOOM;
  const nodes = far ? overview.nodes : props.nodes;
  const edges = far ? overview.edges : props.edges;
  const flow = useReactFlow<FlowNode, LinkFlowEdge>();
  const ready = useRef(false);

  const fit = useCallback(
    (duration: number) => {
      const ids = fitTo && fitTo.length > 0 ? fitTo.map((id) => ({ id })) : undefined;
      return flow.fitView({ ...fitViewOptions, ...(props.fitPadding ? { padding: props.fitPadding } : {}), nodes: ids, duration, maxZoom: ids ? 1.1 : fitViewOptions.maxZoom });
    },
    [flow, fitTo, props.fitPadding],
  );

  // The URL's viewport wins; without one, fit the graph (or the tour step's focus).
  useEffect(() => {
    if (!ready.current) return;
    if (view) {
      if (!same(view, flow.getViewport())) void flow.setViewport(view, { duration: 0 });
    } else void fit(reducedMotion() ? 0 : 400);
  }, [view, fit, flow]);

  const onInit = useCallback(() => {
    ready.current = true;
    void (view ? flow.setViewport(view) : fit(0)).then(() => setInitialised(true));
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
      if (!event || !onViewChange || (start && same(start, viewport))) return;
      // Snap to what the URL can hold, so the sender sees exactly what the receiver will.
      const rounded = roundViewport(viewport);
      void flow.setViewport(rounded);
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
  const bounds = useMemo(() => {
    const top = nodes.filter((n) => !n.parentId);
    const right = Math.max(...top.map((n) => n.position.x + (n.width ?? 0)));
    const bottom = Math.max(...top.map((n) => n.position.y + (n.height ?? 0)));
    const left = Math.min(...top.map((n) => n.position.x));
    const upper = Math.min(...top.map((n) => n.position.y));
    return { width: right - left, height: bottom - upper };
  }, [nodes]);
  const paneWidth = useStore(widthSelector);
  const paneHeight = useStore(heightSelector);
  const fitZoom = Math.min(paneWidth / (bounds.width * 1.16), paneHeight / (bounds.height * 1.16));
  const showMap = props.minimap !== false && zoom > fitZoom * 1.35;
  return (
    <SimulationContext.Provider value={simulation}>
      <div ref={wrapper} className="h-full w-full">
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
          <MiniMap<FlowNode> pannable zoomable style={{ width: 170, height: 110 }} nodeColor={minimapNodeColor} nodeStrokeColor={minimapNodeStroke} nodeStrokeWidth={6} ariaLabel="Overview of the whole diagram" />
        )}
        <ZoomScale target={wrapper} />
      </ReactFlow>
      </div>
    </SimulationContext.Provider>
  );
}

const zoomSelector = (s: { transform: [number, number, number] }) => Math.round(s.transform[2] * 50) / 50;
const widthSelector = (s: { width: number }) => s.width;
const heightSelector = (s: { height: number }) => s.height;

/** Publishes the zoom to CSS (see .scaled-text in styles.css) so text stays readable when zoomed out. */
function ZoomScale({ target }: { target: React.RefObject<HTMLDivElement | null> }) {
  const zoom = useStore(zoomSelector);
  useEffect(() => {
    const element = target.current?.querySelector<HTMLElement>('.react-flow');
    if (!element) return;
    element.style.setProperty('--zoom', String(zoom));
    element.dataset.far = String(zoom < 0.62);
  }, [zoom, target]);
  return null;
}

export function reducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function GraphCanvas(props: GraphCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
