import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { HubFlowNode } from '../flow/types';

/**
 * An edge site's WAN link, drawn as one thing to activate: cut when connected, restore when cut. What it
 * carries is the canvas's tooltip (CanvasTooltip), in screen pixels, so it reads at any zoom.
 */
function HubNodeView({ data }: NodeProps<HubFlowNode>) {
  return (
    <div
      className={`hub flex h-full w-full cursor-pointer items-center justify-center gap-1 rounded-full border-2 px-2 text-[12px] font-bold whitespace-nowrap shadow ${
        data.severed ? 'border-dotted bg-bad-bg' : 'border-dashed bg-surface'
      }`}
      style={{
        borderColor: data.severed ? 'var(--cut)' : 'var(--wan)',
        color: data.severed ? 'var(--cut)' : 'var(--text)',
      }}
      data-severed={data.severed}
      data-testid="wan-hub"
    >
      <span aria-hidden="true">{data.severed ? '✂' : '⇅'}</span>
      {data.severed ? 'WAN cut' : 'WAN link'}
    </div>
  );
}

export const HubNode = memo(HubNodeView);
