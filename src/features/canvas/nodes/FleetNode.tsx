import { memo, useContext } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FleetFlowNode } from '../flow/types';
import { SimulationContext } from '../SimulationContext';

const MAX_NAMED_TILES = 200;

/** A fleet seen from far away: each edge site a tile, cut ones filled and cross-hatched; click one to cut or restore it. */
function FleetNodeView({ data, width, height }: NodeProps<FleetFlowNode>) {
  const { toggleSite } = useContext(SimulationContext);
  // A few sites seen from afar still say which is which; thousands of names would be noise (and DOM).
  const named = data.tiles.length <= MAX_NAMED_TILES;
  return (
    <svg width={width} height={height} className="block" data-testid="fleet-overview" data-cut-count={data.cutCount}>
      <defs>
        <pattern id="fleet-hatch" width="60" height="60" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="60" height="60" fill="var(--bad-bg)" />
          <line x1="0" y1="0" x2="0" y2="60" stroke="var(--cut)" strokeWidth="18" />
        </pattern>
      </defs>
      {data.tiles.map((tile) => (
        <g key={tile.id}>
          {/* One class and a title that does not change: cutting a thousand sites updates a thousand
              attributes, not four thousand (the look is in styles.css, .fleet-tile). */}
          <rect
            x={tile.x}
            y={tile.y}
            width={tile.width}
            height={tile.height}
            rx={24}
            className={tile.cut ? 'fleet-tile is-cut' : 'fleet-tile'}
            onClick={() => toggleSite(tile.id)}
          >
            <title>{`${tile.name}: click to cut off or restore`}</title>
          </rect>
          {named && (
            <text
              x={tile.x + tile.width / 2}
              y={tile.y + tile.height / 2}
              textAnchor="middle"
              fontSize={tile.height * 0.16}
              fontWeight={700}
              fill="var(--fg)"
              pointerEvents="none"
            >
              <tspan x={tile.x + tile.width / 2}>{tile.name}</tspan>
              {tile.cut && (
                <tspan x={tile.x + tile.width / 2} dy="1.2em" fill="var(--cut)">
                  ✂ cut off
                </tspan>
              )}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

export const FleetNode = memo(FleetNodeView);
