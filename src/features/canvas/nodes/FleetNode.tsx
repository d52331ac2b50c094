import { memo, useContext } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FleetFlowNode } from '../flow/types';
import { SimulationContext } from '../SimulationContext';

/** A fleet seen from far away: each edge site a tile, cut ones filled and cross-hatched; click one to cut or restore it. */
function FleetNodeView({ data, width, height }: NodeProps<FleetFlowNode>) {
  const { toggleSite } = useContext(SimulationContext);
  return (
    <svg width={width} height={height} className="block" data-testid="fleet-overview" data-cut-count={data.cutCount}>
      <defs>
        <pattern id="fleet-hatch" width="60" height="60" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="60" height="60" fill="var(--bad-bg)" />
          <line x1="0" y1="0" x2="0" y2="60" stroke="var(--cut)" strokeWidth="18" />
        </pattern>
      </defs>
      {data.tiles.map((tile) => (
        <rect
          key={tile.id}
          x={tile.x}
          y={tile.y}
          width={tile.width}
          height={tile.height}
          rx={24}
          fill={tile.cut ? 'url(#fleet-hatch)' : 'var(--edge)'}
          stroke={tile.cut ? 'var(--cut)' : 'var(--edge-border)'}
          strokeWidth={tile.cut ? 24 : 12}
          className="cursor-pointer"
          onClick={() => toggleSite(tile.id)}
        >
          <title>{`${tile.name}: ${tile.cut ? 'cut off' : 'connected'} (click to ${tile.cut ? 'restore' : 'cut'})`}</title>
        </rect>
      ))}
    </svg>
  );
}

export const FleetNode = memo(FleetNodeView);
