/**
 * Every link, drawn as one SVG in the diagram's own coordinates (inside React Flow's viewport, above
 * the site boxes and below the components): routed at build time around every box, with an arrowhead
 * at what is depended on. WAN links are dashed, local links solid, a cut WAN link dotted in the cut
 * colour: pattern, not colour alone. A link's label shows on hover, and for the selected component's links.
 * Only the pieces near the screen are drawn (nearScreen.ts).
 */
import { memo, useCallback, useId, useMemo, useState, type PointerEvent } from 'react';
import { useStore, ViewportPortal } from '@xyflow/react';
import type { Membership } from '../../simulation/dependencies';
import { intersects, type Rect } from '../../model/geometry';
import { areaOf, nearScreen } from './nearScreen';
import { labelText, type EdgeShape } from './flow/paths';
import { placeLabels } from './flow/labels';
import { absoluteBoxes, boundsOf, type NodeBox } from './flow/boxes';
import type { FlowNode } from './flow/types';
import { SITE_HEADER } from '../../model/typography';

interface Props {
  shapes: readonly EdgeShape[];
  /** The nodes drawn: their boxes and the site titles are what a label may not cover. */
  nodes: readonly FlowNode[];
  /** Links brought forward (the selection's dependencies, a tour step); null: none. */
  focusLinks: Membership | null;
  /** The selected component: the pieces that touch it show the labels of its links. */
  labelFor: string | null;
  /** Told the piece the pointer is on (with the pointer's place on screen), and null when it leaves. Stable. */
  onPointAt?: (shape: EdgeShape | null, at: { x: number; y: number } | null) => void;
}

/** Told a piece the pointer entered (with the event) or left (null). */
type Hover = (shape: EdgeShape, event: PointerEvent | null) => void;

type Look = 'local' | 'wan' | 'cut' | 'focus';
const looks: Look[] = ['local', 'wan', 'cut', 'focus'];

// Drawn in the same frame as the move that shows them, so the cells the screen overlaps are enough.
const drawnArea = (s: Parameters<typeof nearScreen>[0]) => nearScreen(s, 0);

const lookOf = (shape: EdgeShape, focused: boolean): Look => (shape.severed ? 'cut' : focused ? 'focus' : shape.over);

/**
 * One drawn piece of a link. Memoised: a zoomed-in fleet draws hundreds, and a selection moves only
 * the few on its paths.
 */
const Edge = memo(function Edge({
  shape,
  inFocus,
  markers,
  onHover,
}: {
  shape: EdgeShape;
  inFocus: boolean;
  markers: string;
  onHover: Hover;
}) {
  const marker = `url(#${markers}-${lookOf(shape, inFocus)})`;
  return (
    <g
      className={`edge edge-${shape.over}${shape.severed ? ' edge-severed' : ''}${inFocus ? ' is-focus' : ''}`}
      data-edge={shape.id}
      data-links={shape.links.join(' ')}
      data-start={shape.start ?? undefined}
      data-end={shape.end ?? undefined}
    >
      <path
        d={shape.d}
        className="edge-line"
        strokeDashoffset={shape.dashOffset || undefined}
        markerStart={shape.arrowStart ? marker : undefined}
        markerEnd={shape.arrowEnd ? marker : undefined}
      />
      {/* A wider, invisible twin: easier to point at than a 1.5 px line. */}
      <path
        d={shape.d}
        className="edge-hit"
        onPointerEnter={(event) => onHover(shape, event)}
        onPointerLeave={() => onHover(shape, null)}
      />
    </g>
  );
});

/** The width a label takes, in its font (styles.css .edge-label): measured once per text. */
const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;
function measure(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (context) context.font = '600 12px Inter, sans-serif';
    width = Math.ceil((context?.measureText(text).width ?? text.length * 7) + 4);
    widths.set(text, width);
  }
  return width;
}

/** What a label may not cover: every component and hub, and every site's title band. */
function obstaclesOf(boxes: readonly NodeBox[]): Rect[] {
  return boxes.flatMap((b) =>
    b.node.type === 'site' ? [{ ...b, height: SITE_HEADER }] : b.node.type === 'fleet' ? [] : [b],
  );
}

function EdgeLayerView({ shapes: all, nodes, focusLinks, labelFor, onPointAt }: Props) {
  const id = useId().replace(/:/g, '');
  const area = useStore(drawnArea);
  const shapes = useMemo(() => {
    if (!area) return all;
    const rect = areaOf(area);
    return all.filter((shape) => intersects(shape.box, rect));
  }, [all, area]);
  const [hovered, setHovered] = useState<string | null>(null);
  const onHover: Hover = useCallback(
    (shape, event) => {
      if (event) {
        setHovered(shape.id);
        onPointAt?.(shape, { x: event.clientX, y: event.clientY });
      } else {
        setHovered((h) => (h === shape.id ? null : h));
        onPointAt?.(null, null);
      }
    },
    [onPointAt],
  );
  // The pieces in focus are drawn in a group of their own above the rest, which the canvas's focus
  // attribute dims as one: a selection restyles one group and moves its few pieces, not every piece.
  const [focused, rest] = useMemo(() => {
    if (!focusLinks) return [[], shapes];
    const inFocus = (s: EdgeShape) => s.links.some((key) => focusLinks.has(key));
    return [shapes.filter(inFocus), shapes.filter((s) => !inFocus(s))];
  }, [shapes, focusLinks]);
  // The hovered link's label, and the selected component's links': placed clear of every box and of
  // each other, the hovered one first.
  const labels = useMemo(() => {
    const touches = (s: EdgeShape) => !!labelFor && (s.start === labelFor || s.end === labelFor);
    const own = (s: EdgeShape) =>
      new Set(
        s.labels.map((l) => l.link).filter((key) => key.startsWith(`${labelFor}->`) || key.endsWith(`->${labelFor}`)),
      );
    const requests = shapes
      .filter((s) => s.id === hovered || touches(s))
      .sort((a, b) => Number(b.id === hovered) - Number(a.id === hovered))
      .map((shape) => ({
        id: shape.id,
        text: labelText(shape, shape.id === hovered ? null : own(shape)),
        points: shape.points,
      }));
    if (requests.length === 0) return [];
    const boxes = absoluteBoxes(nodes);
    return placeLabels(requests, obstaclesOf(boxes), measure, boundsOf(boxes.filter((b) => !b.node.parentId)));
  }, [shapes, nodes, hovered, labelFor]);
  return (
    <ViewportPortal>
      <svg className="edge-layer" width="1" height="1" aria-hidden="true" data-testid="edge-layer">
        <defs>
          {looks.map((look) => (
            <marker
              key={look}
              id={`${id}-${look}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
              markerUnits="userSpaceOnUse"
            >
              <path d="M0,0 L10,5 L0,10 z" className={`edge-arrow edge-arrow-${look}`} />
            </marker>
          ))}
        </defs>
        <g className="edges">
          {rest.map((shape) => (
            <Edge key={shape.id} shape={shape} inFocus={false} markers={id} onHover={onHover} />
          ))}
        </g>
        <g>
          {focused.map((shape) => (
            <Edge key={shape.id} shape={shape} inFocus markers={id} onHover={onHover} />
          ))}
        </g>
        {labels.map((label) => (
          <text
            key={label.id}
            x={label.x + label.width / 2}
            y={label.y + label.height / 2}
            className="edge-label"
            textAnchor="middle"
            dominantBaseline="central"
            data-testid="edge-label"
            data-full={label.full}
          >
            {label.text !== label.full && <title>{label.full}</title>}
            {label.text}
          </text>
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const EdgeLayer = memo(EdgeLayerView);
