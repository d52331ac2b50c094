import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { HubFlowNode } from '../flow/types';

/** An edge site's WAN link, drawn as one thing to activate: cut when connected, restore when cut. */
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
      {/* Shown on hover and keyboard focus (styles.css): what the link carries, and what a click does. */}
      <span className="hub-tip" aria-hidden="true" data-testid="hub-tip">
        Carries: {data.carries.join(' · ')}. {data.severed ? 'Click to restore it.' : 'Click to cut it.'}
      </span>
    </div>
  );
}

export const HubNode = memo(HubNodeView);
