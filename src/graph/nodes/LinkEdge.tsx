import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { LinkFlowEdge } from '../toFlow';

/**
 * WAN links: thick, long dashes, a "WAN" tag. Local links: thin and solid. A cut WAN link: short
 * dots in the cut colour and a scissors tag. Each differs in pattern and words, not colour alone.
 */
function LinkEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd }: EdgeProps<LinkFlowEdge>) {
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10, offset: 18 });
  if (!data) return null;
  const wan = data.over === 'wan';
  const stroke = data.severed ? 'var(--cut)' : wan ? 'var(--wan)' : 'var(--local)';
  const dash = data.severed ? '2 7' : wan ? '10 6' : undefined;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className="link-path"
        style={{ stroke, strokeWidth: wan ? 2.5 : 1.5, strokeDasharray: dash, opacity: data.dim ? 0.2 : 1 }}
        interactionWidth={wan ? 16 : 0}
      />
      {wan && (
        <EdgeLabelRenderer>
          <div
            className="link-label nodrag nopan pointer-events-none absolute rounded border bg-surface px-1 font-semibold whitespace-nowrap"
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              borderColor: stroke,
              color: data.severed ? 'var(--cut)' : 'var(--text)',
              opacity: data.dim ? 0.2 : 1,
            }}
            data-severed={data.severed}
          >
            {data.severed ? '✂ cut · ' : 'WAN · '}
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
