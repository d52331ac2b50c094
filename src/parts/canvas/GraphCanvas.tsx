/**
 * The React Flow canvas shared by the architecture page, compare, presentation and embed. Positions
 * and routes come from the build (or the fleet grid). It draws, reports what the reader does, and
 * hands the question of what is on screen to its view machine (viewControl.ts, run by
 * useViewControl.ts) and its keys to useCanvasKeys.ts.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { dropFirstPicture, placeFirstPicture } from '../../ui/firstPicture';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  getNodesBounds,
  useStore,
  type OnNodesChange,
} from '@xyflow/react';
import { OVERVIEW_ZOOM, type Rect } from '../../model/geometry';
import { CUT_BUTTON_HEIGHT } from '../../model/typography';
import { MAX_ZOOM, MIN_ZOOM, type Viewport } from '../../url/codec';
import { EdgeLayer } from './EdgeLayer';
import type { EdgeShape } from './flow/paths';
import { siteOfHub, type Flow, type FlowNode } from './flow/types';
import { nodeTypes } from './nodes/nodeTypes';
import { SimulationContext } from './SimulationContext';
import type { Frame } from './viewport';
import { areaOf, nearScreen, nodesNear } from './nearScreen';
import type { Membership } from '../../simulation/dependencies';
import {
  FIT_MAX_ZOOM,
  FIT_PADDING,
  PHONE_WIDTH,
  READABLE_ZOOM,
  TAP_TARGET,
  UNCOVERED,
  fitZoomOf,
  type Cover,
} from './viewControl';
import { useViewControl, type Framing } from './useViewControl';
import { useCanvasKeys } from './useCanvasKeys';
import { CanvasTooltip } from './CanvasTooltip';
import { useCanvasTooltip } from './useCanvasTooltip';

export { UNCOVERED, type Cover };

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
  /** The part of the canvas a panel covers: keeping `reveal` in view uses the rest. */
  covered?: Cover;
  minimap?: boolean;
  controls?: boolean;
  fleet?: boolean;
  /** A fleet's far-away picture (site tiles only), drawn instead of `nodes` when zoomed out. */
  overview?: Flow | null;
  /** Told the part of the diagram on screen (grown by a screen each way); null when zoomed out to the overview. */
  onVisibleRegion?: (region: Rect | null) => void;
  /** How `fitTo` is framed: the room kept at the edges, the zoom's bounds (a tour step keeps its labels legible: at least 1). */
  framing?: Framing;
  /** The embed of a wiki page: the wheel scrolls the page unless Ctrl/⌘ is held or the diagram was clicked. */
  embedded?: boolean;
  /** Arrow keys move between nodes (false in a presentation, where they change the step). */
  arrowNavigation?: boolean;
}

const proOptions = { hideAttribution: true };
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

function Canvas(props: GraphCanvasProps) {
  const { onSelect, onToggleSite, overview, covered = UNCOVERED } = props;
  const zoomedOut = useStore(zoomedOutSelector);
  const width = useStore(widthSelector);
  const height = useStore(heightSelector);

  // "Fit" is the reference of the URL's zoom: the whole diagram (every top-level node) in this canvas.
  const allNodes = (overview ?? props).nodes;
  const bounds = useMemo(() => getNodesBounds(allNodes.filter((n) => !n.parentId)), [allNodes]);
  // A number, so that a selection (new node objects, same bounds) leaves the frame as it is.
  const fitZoom = useMemo(() => fitZoomOf(bounds, width, height), [bounds, width, height]);
  const frame = useMemo((): Frame => ({ width, height, fitZoom }), [width, height, fitZoom]);
  // A phone, not a narrow canvas (compare's two halves of a laptop screen still fit their diagrams),
  // starts at a size a finger can tap; an embed in a wiki page at a size its labels read (12 px), on
  // what the link is about (the selection, the cut site: see restingViewport) or else the central site.
  const phone = typeof window !== 'undefined' && window.innerWidth < PHONE_WIDTH && !props.embedded;
  const defaults = useMemo(() => {
    if (!phone && !props.embedded) return { bounds, width, height, least: null };
    const smallest = Math.min(
      CUT_BUTTON_HEIGHT,
      ...allNodes.filter((n) => n.type === 'component').map((n) => n.height ?? TAP_TARGET),
    );
    const central = allNodes.find((n) => n.type === 'site' && n.data.site.kind === 'central');
    const zoom = phone ? TAP_TARGET / smallest : READABLE_ZOOM;
    return { bounds, width, height, least: { zoom, corner: central?.position ?? bounds } };
  }, [phone, props.embedded, bounds, width, height, allNodes]);

  const control = useViewControl({
    frame,
    view: props.view,
    onViewChange: props.onViewChange,
    defaults,
    fitTo: props.fitTo,
    framing: props.framing,
    reveal: props.reveal,
    // Where the revealed ids are drawn: a zoomed-out fleet draws tiles, which hold none.
    nodes: overview && zoomedOut ? overview.nodes : props.nodes,
    cover: covered,
    onVisibleRegion: props.onVisibleRegion,
  });
  const { wrapper } = control;
  // The boot script's picture of this diagram stays until the canvas has drawn it, then goes.
  useLayoutEffect(() => {
    if (wrapper.current) placeFirstPicture(wrapper.current.getBoundingClientRect());
  }, [wrapper]);
  useEffect(() => {
    if (control.shown) dropFirstPicture();
  }, [control.shown]);
  // Until the first view is set the zoom means nothing; a fleet starts as tiles, never as 10,000 nodes.
  const far = !!overview && (!control.shown || zoomedOut);
  const area = useStore(props.fleet && !far ? fleetArea : everything);
  const built = far ? overview.nodes : props.nodes;
  const nodes = useMemo(() => (area ? nodesNear(built, areaOf(area)) : built), [built, area]);
  const onKeyDown = useCanvasKeys(wrapper, control.recordView, props.arrowNavigation !== false);

  const shownEdges = far ? overview.edges : props.edges;
  const tooltip = useCanvasTooltip({
    nodes,
    built,
    edges: shownEdges,
    wrapper,
    onMoveStart: control.onMoveStart,
    onMoveEnd: control.onMoveEnd,
  });

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

  // An embed on a wiki page: the wheel belongs to the page until the reader clicks into the diagram.
  const [engaged, setEngaged] = useState(!props.embedded);
  const zoomedIn = useStore(
    useCallback((s: { transform: [number, number, number] }) => s.transform[2] > frame.fitZoom * 1.35, [frame.fitZoom]),
  );
  // The overview map only helps once the diagram no longer fits. A zoomed-in fleet holds only the sites
  // near the screen, so its map would show those, not the fleet (and redraw hundreds of nodes on every
  // click): zooming out is its overview.
  const showMap = props.minimap !== false && !props.fleet && zoomedIn && !phone;
  return (
    <SimulationContext.Provider value={simulation}>
      {/* Arrow keys and +/− act on the focused node inside; the keys themselves reach React Flow's nodes. */}
      {/* oxlint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={wrapper}
        className="relative h-full w-full"
        onFocus={tooltip.onFocus}
        onBlur={tooltip.onBlur}
        data-focusing={props.focusing ? 'true' : undefined}
        data-engaged={props.embedded ? String(engaged) : undefined}
        onKeyDown={onKeyDown}
        onPointerDown={() => setEngaged(true)}
        onPointerLeave={() => props.embedded && setEngaged(false)}
      >
        <ReactFlow<FlowNode>
          nodes={tooltip.nodes}
          edges={[]}
          nodeTypes={nodeTypes}
          onInit={control.onInit}
          onMoveStart={tooltip.onMoveStart}
          onNodeMouseEnter={tooltip.onNodeMouseEnter}
          onNodeMouseLeave={tooltip.onNodeMouseLeave}
          onMoveEnd={tooltip.onMoveEnd}
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
          aria-label={props.label}
          ariaLabelConfig={{
            'node.a11yDescription.default':
              'Press Enter to show this component’s details; arrow keys move to the next one.',
          }}
        >
          <EdgeLayer
            shapes={shownEdges}
            nodes={nodes}
            focusLinks={props.focusLinks ?? null}
            labelFor={props.labelFor ?? null}
            onPointAt={tooltip.onPointAt}
          />
          <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="var(--border)" />
          {props.controls !== false && (
            <Controls
              showInteractive={false}
              fitViewOptions={fitViewOptions}
              onZoomIn={control.recordView}
              onZoomOut={control.recordView}
              onFitView={control.fitted}
            />
          )}
          {showMap && (
            <MiniMap<FlowNode>
              pannable
              zoomable
              // Beside the panel, not under it.
              style={{ width: 170, height: 110, right: covered.right }}
              nodeColor={minimapNodeColor}
              nodeStrokeColor={minimapNodeStroke}
              nodeStrokeWidth={6}
              ariaLabel="Overview of the whole diagram"
            />
          )}
          <ZoomScale target={wrapper} />
        </ReactFlow>
        <CanvasTooltip id={tooltip.id} tip={tooltip.tip} within={wrapper} />
      </div>
    </SimulationContext.Provider>
  );
}

const farSelector = (s: { transform: [number, number, number] }) => s.transform[2] < OVERVIEW_ZOOM;
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
