import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ComponentFlowNode } from '../flow/types';
import { statusLook } from '../../../ui/statusLook';

const sides = [
  ['t', Position.Top],
  ['b', Position.Bottom],
  ['l', Position.Left],
  ['r', Position.Right],
] as const;

/** Invisible anchors on all four sides; toFlow picks the pair that faces the other end. */
const handles = sides.flatMap(([side, position]) => [
  <Handle key={`s-${side}`} id={`s-${side}`} type="source" position={position} isConnectable={false} />,
  <Handle key={`t-${side}`} id={`t-${side}`} type="target" position={position} isConnectable={false} />,
]);

function ComponentNodeView({ data }: NodeProps<ComponentFlowNode>) {
  const { state } = data.status;
  const look = statusLook[state];
  const towards = data.status.state !== 'connected' && 'reason' in data.status && data.status.reason === 'towards-cut';
  return (
    <div
      className={`component-card scaled-text relative flex h-full w-full flex-col justify-center overflow-hidden rounded-lg border-2 px-2.5 py-0.5 leading-[1.15] shadow-sm ${look.bg} ${look.border}`}
      data-status={state}
    >
      {handles}
      {state !== 'connected' && (
        <span aria-hidden="true" className={`absolute top-0.5 right-1.5 font-bold ${look.text}`}>
          {look.icon}
        </span>
      )}
      <div
        className={`line-clamp-2 font-semibold break-words text-fg ${state !== 'connected' ? 'pr-4' : ''}`}
        title={data.name}
      >
        {data.name}
      </div>
      {
        <div className="far-hide flex items-center justify-between gap-2 text-[0.78em] text-muted">
          <span className="truncate">
            {data.layer.replace('-', ' ')}
            {data.optional ? ' · optional' : ''}
          </span>
          {state !== 'connected' && (
            <span className={`shrink-0 font-semibold ${look.text}`} data-testid="node-status">
              {towards ? `${look.word} ↔ cut` : look.word}
            </span>
          )}
        </div>
      }
    </div>
  );
}

export const ComponentNode = memo(ComponentNodeView);
