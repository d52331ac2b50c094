import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { LinkFlowEdge } from '../flow/types';

/**
 * WAN links: thick with long dashes, running through the site's WAN hub (which carries the words).
 * Local links: thin and solid. A cut WAN link: short dots in the cut colour. Pattern, not colour alone.
 * Edges take no pointer events (see styles.css): the hub is the WAN link's control, and an edge that
 * crosses a site's title bar must not swallow clicks on its Cut button.
 */
function LinkEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
}: EdgeProps<LinkFlowEdge>) {
  const [path] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 10,
    offset: 14,
  });
  if (!data) return null;
  const wan = data.over === 'wan';
  return (
    <BaseEdge
      id={id}
      path={path}
      className="link-path"
      style={{
        stroke: data.severed ? 'var(--cut)' : wan ? 'var(--wan)' : 'var(--local)',
        strokeWidth: wan ? 2.5 : 1.5,
        strokeDasharray: data.severed ? '2 7' : wan ? '10 6' : undefined,
      }}
      interactionWidth={0}
    />
  );
}

export const LinkEdge = memo(LinkEdgeView);
