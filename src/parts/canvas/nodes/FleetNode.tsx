import { memo, useCallback, useContext, useMemo, useState, type MouseEvent } from 'react';
import { useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { NAME_SIZE, namedTileKey, tilesOfKey } from '../flow/tileNames';
import type { FleetFlowNode, FleetTile } from '../flow/types';
import { SimulationContext } from '../SimulationContext';

const CORNER = 24;
/** The cut tiles' border width (styles.css, .fleet-tile.is-cut), in the fleet's units. */
const CUT_STROKE = 24;

/** A tile's outline by its place: a cut moves tiles between the two paths, it never moves a tile. */
const outlines = new Map<string, string>();

/** Tiles as one path's data: rounded rectangles, drawn clockwise. */
function tilesPath(tiles: readonly FleetTile[]): string {
  // Kept small: past two of the largest fleets' worth, the outlines are of fleets no longer shown.
  if (outlines.size > 4000) outlines.clear();
  return tiles
    .map(({ x, y, width: w, height: h }) => {
      const key = `${x},${y},${w},${h}`;
      let outline = outlines.get(key);
      if (outline === undefined) {
        const r = Math.min(CORNER, w / 2, h / 2);
        outline =
          `M${x + r},${y}H${x + w - r}A${r},${r} 0 0 1 ${x + w},${y + r}V${y + h - r}` +
          `A${r},${r} 0 0 1 ${x + w - r},${y + h}H${x + r}A${r},${r} 0 0 1 ${x},${y + h - r}` +
          `V${y + r}A${r},${r} 0 0 1 ${x + r},${y}Z`;
        outlines.set(key, outline);
      }
      return outline;
    })
    .join('');
}

/** The tile under the pointer, in the node's own coordinates (the SVG is drawn at the node's size). */
function tileAt(event: MouseEvent<SVGSVGElement>, tiles: readonly FleetTile[], width: number): FleetTile | null {
  const box = event.currentTarget.getBoundingClientRect();
  const scale = width / box.width;
  const x = (event.clientX - box.left) * scale;
  const y = (event.clientY - box.top) * scale;
  // The border is drawn half outside the tile: a click on it counts (and a click event's coordinates are whole pixels).
  const m = CUT_STROKE / 2;
  return tiles.find((t) => x >= t.x - m && x <= t.x + t.width + m && y >= t.y - m && y <= t.y + t.height + m) ?? null;
}

/**
 * A fleet seen from far away: each edge site a tile, cut ones filled and cross-hatched; click one to
 * cut or restore it. All tiles of a look are one path: cutting a thousand sites changes two
 * attributes, where a thousand elements made the browser restyle, lay out and paint each of them.
 */
function FleetNodeView({ data, width = 0, height, positionAbsoluteX, positionAbsoluteY }: NodeProps<FleetFlowNode>) {
  const { toggleSite } = useContext(SimulationContext);
  const { tiles } = data;
  const [connected, cut] = useMemo(
    () => [tilesPath(tiles.filter((t) => !t.cut)), tilesPath(tiles.filter((t) => t.cut))],
    [tiles],
  );
  // The tooltip names the tile under the pointer, as each tile's own title did, in its state now.
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const hovered = hoveredId === null ? null : (tiles.find((t) => t.id === hoveredId) ?? null);
  return (
    // A pointer shortcut, as the tiles were before: from the keyboard a site is cut or restored with its
    // Cut button once zoomed in, or all at once from the toolbar.
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <svg
      width={width}
      height={height}
      className="block"
      data-testid="fleet-overview"
      data-tiles={tiles.length}
      data-cut-count={data.cutCount}
      onClick={(event) => {
        const tile = tileAt(event, tiles, width);
        if (tile) toggleSite(tile.id);
      }}
      onPointerMove={(event) => {
        setHoveredId(tileAt(event, tiles, width)?.id ?? null);
      }}
      onPointerLeave={() => setHoveredId(null)}
    >
      {hovered && (
        <title>{`${hovered.name}: ${hovered.cut ? 'cut off' : 'connected'} (click to ${hovered.cut ? 'restore' : 'cut'})`}</title>
      )}
      <defs>
        <pattern id="fleet-hatch" width="60" height="60" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="60" height="60" fill="var(--bad-bg)" />
          <line x1="0" y1="0" x2="0" y2="60" stroke="var(--cut)" strokeWidth="18" />
        </pattern>
      </defs>
      <path d={connected} className="fleet-tile" data-testid="fleet-connected" />
      <path d={cut} className="fleet-tile is-cut" data-testid="fleet-cut" />
      <TileNames tiles={tiles} originX={positionAbsoluteX} originY={positionAbsoluteY} />
    </svg>
  );
}

/**
 * The names of the tiles a reader can read: re-rendered when that set changes (a string key), not on
 * every frame of a pan or a zoom.
 */
const TileNames = memo(function TileNames({
  tiles,
  originX,
  originY,
}: {
  tiles: readonly FleetTile[];
  originX: number;
  originY: number;
}) {
  const selector = useCallback(
    (s: ReactFlowState) =>
      namedTileKey(tiles, {
        x: s.transform[0],
        y: s.transform[1],
        zoom: s.transform[2],
        width: s.width,
        height: s.height,
        originX,
        originY,
      }),
    [tiles, originX, originY],
  );
  const key = useStore(selector);
  const named = useMemo(() => tilesOfKey(tiles, key), [tiles, key]);
  return (
    <g data-testid="fleet-names">
      {named.map((tile) => (
        <text
          key={tile.id}
          x={tile.x + tile.width / 2}
          y={tile.y + tile.height / 2}
          textAnchor="middle"
          fontSize={tile.height * NAME_SIZE}
          fontWeight={700}
          fill="var(--text)"
          pointerEvents="none"
        >
          <tspan x={tile.x + tile.width / 2}>{tile.name}</tspan>
          {tile.cut && (
            <tspan x={tile.x + tile.width / 2} dy="1.2em" fill="var(--cut)">
              ✂ cut off
            </tspan>
          )}
        </text>
      ))}
    </g>
  );
});

export const FleetNode = memo(FleetNodeView);
