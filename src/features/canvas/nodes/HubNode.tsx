import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { HubFlowNode } from '../flow/types';

/** An edge site's WAN link, drawn as one thing to activate: cut when connected, restore when cut. */
function HubNodeView({ data }: NodeProps<HubFlowNode>) {
  return (
    <div
      className={`flex h-full w-full cursor-pointer items-center justify-center gap-1.5 scaled-text rounded-full border-2 px-3 font-bold whitespace-nowrap shadow ${
        data.severed ? 'border-dotted bg-bad-bg' : 'border-dashed bg-surface'
      }`}
      style={{
        borderColor: data.severed ? 'var(--cut)' : 'var(--wan)',
        color: data.severed ? 'var(--cut)' : 'var(--text)',
      }}
      title={`Carries: ${data.carries.join(', ')}`}
      data-severed={data.severed}
      data-testid="wan-hub"
    >
      <Handle id="t-t" type="target" position={Position.Top} isConnectable={false} />
      <Handle id="s-t" type="source" position={Position.Top} isConnectable={false} />
      <Handle id="t-b" type="target" position={Position.Bottom} isConnectable={false} />
      <Handle id="s-b" type="source" position={Position.Bottom} isConnectable={false} />
      <span aria-hidden="true">{data.severed ? '✂' : '⇅'}</span>
      {data.severed ? 'WAN cut' : 'WAN link'}
    </div>
  );
}

export const HubNode = memo(HubNodeView);
