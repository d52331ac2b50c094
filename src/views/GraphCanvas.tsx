/**
 * The React Flow canvas shared by the architecture page, compare, presentation and embed.
 * Positions come from the build (or the fleet grid); this component only draws and reports.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type NodeMouseHandler,
  type EdgeMouseHandler,
  type OnNodesChange,
  type OnEdgesChange,
  type Viewport as FlowViewport,
} from '@xyflow/react';
import { edgeTypes, nodeTypes } from '../graph/nodes/types';
import type { FlowNode, LinkFlowEdge } from '../graph/toFlow';
import { SimulationContext } from '../graph/simulationContext';
import type { Viewport } from '../state/url';
import { MAX_ZOOM, MIN_ZOOM } from '../state/url';

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
}

const proOptions = { hideAttribution: true };
const fitViewOptions = { padding: 0.08, maxZoom: 1.25 };
const minimapNodeColor = (node: FlowNode) => (node.type === 'site' ? 'transparent' : 'var(--border)');
const minimapNodeStroke = (node: FlowNode) =>
  node.type === 'site' ? (node.data.cut ? 'var(--cut)' : node.data.site.kind === 'central' ? 'var(--central-border)' : 'var(--edge-border)') : 'transparent';

const same = (a: Viewport, b: FlowViewport) => Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.002;

function Canvas(props: GraphCanvasProps) {
  const { nodes, edges, view, onViewChange, onSelect, onToggleSite, fitTo, label } = props;
  const flow = useReactFlow<FlowNode, LinkFlowEdge>();
  const ready = useRef(false);

  const fit = useCallback(
    (duration: number) => {
      const ids = fitTo && fitTo.length > 0 ? fitTo.map((id) => ({ id })) : undefined;
      void flow.fitView({ ...fitViewOptions, nodes: ids, duration, maxZoom: ids ? 1.1 : fitViewOptions.maxZoom });
    },
    [flow, fitTo],
  );

  // The URL's viewport wins; without one, fit the graph (or the tour step's focus).
  useEffect(() => {
    if (!ready.current) return;
    if (view) {
      if (!same(view, flow.getViewport())) void flow.setViewport(view, { duration: 0 });
    } else fit(reducedMotion() ? 0 : 400);
  }, [view, fit, flow]);

  const onInit = useCallback(() => {
    ready.current = true;
    if (view) void flow.setViewport(view);
    else fit(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onMoveEnd = useCallback(
    (event: MouseEvent | TouchEvent | null, viewport: FlowViewport) => {
      // Programmatic moves (fit, tour steps) have no event and are not the user's choice.
      if (event && onViewChange) onViewChange(viewport);
    },
    [onViewChange],
  );

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback(
    (_, node) => {
      if (node.type === 'component') onSelect?.(node.id);
    },
    [onSelect],
  );
  const onEdgeClick: EdgeMouseHandler<LinkFlowEdge> = useCallback(
    (_, edge) => {
      if (edge.data?.edgeSite) onToggleSite?.(edge.data.edgeSite);
    },
    [onToggleSite],
  );
  // Keyboard: React Flow turns Enter/Space on a focused node or edge into a selection change.
  const onNodesChange: OnNodesChange<FlowNode> = useCallback(
    (changes) => {
      for (const change of changes) if (change.type === 'select' && change.selected) onSelect?.(change.id);
    },
    [onSelect],
  );
  const onEdgesChange: OnEdgesChange<LinkFlowEdge> = useCallback(
    (changes) => {
      for (const change of changes) {
        if (change.type !== 'select' || !change.selected) continue;
        const site = edges.find((e) => e.id === change.id)?.data?.edgeSite;
        if (site) onToggleSite?.(site);
      }
    },
    [edges, onToggleSite],
  );

  const simulation = useMemo(
    () => ({ toggleSite: onToggleSite ?? (() => {}), centralDown: props.centralDown }),
    [onToggleSite, props.centralDown],
  );

  return (
    <SimulationContext.Provider value={simulation}>
      <ReactFlow<FlowNode, LinkFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onInit={onInit}
        onMoveEnd={onMoveEnd}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        nodesFocusable
        edgesFocusable
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
          'edge.a11yDescription.default': 'Press Enter on a WAN link to cut or restore it.',
        }}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="var(--border)" />
        {props.controls !== false && <Controls showInteractive={false} fitViewOptions={fitViewOptions} />}
        {props.minimap !== false && (
          <MiniMap<FlowNode> pannable zoomable nodeColor={minimapNodeColor} nodeStrokeColor={minimapNodeStroke} nodeStrokeWidth={6} ariaLabel="Overview of the whole diagram" />
        )}
      </ReactFlow>
    </SimulationContext.Provider>
  );
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
