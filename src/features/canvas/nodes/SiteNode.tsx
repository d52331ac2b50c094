import { memo, useContext } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { SiteFlowNode } from '../flow/types';
import { SimulationContext } from '../SimulationContext';

function SiteNodeView({ data }: NodeProps<SiteFlowNode>) {
  const { site, cut, counts } = data;
  const central = site.kind === 'central';
  const { toggleSite, centralDown } = useContext(SimulationContext);
  return (
    <div
      className={`h-full w-full rounded-xl border-2 ${cut ? 'border-dashed' : 'border-solid'}`}
      style={{
        background: central ? 'var(--central)' : 'var(--edge)',
        borderColor: cut ? 'var(--cut)' : central ? 'var(--central-border)' : 'var(--edge-border)',
      }}
      data-site={site.id}
      data-cut={cut}
    >
      {/* Fleet trunks join the central site's bottom edge. */}
      <Handle id="t-b" type="target" position={Position.Bottom} isConnectable={false} />
      <Handle id="s-b" type="source" position={Position.Bottom} isConnectable={false} />
      <div className="site-title flex items-center gap-2 px-3 pt-1.5 leading-tight">
        <span className="far-hide rounded border border-current px-1.5 text-[0.7em] font-bold tracking-wide text-muted uppercase">
          {central ? 'Central' : 'Edge'}
        </span>
        <span className="truncate font-bold text-fg" title={site.name}>
          {site.name}
        </span>
        {counts && (
          <span className="ml-auto shrink-0 text-[0.8em] font-semibold text-fg" data-testid="site-counts">
            {central ? 'site failed · ' : 'cut off · '}
            <span className="text-ok">✓{counts.operational}</span> <span className="text-warn">◐{counts.degraded}</span>{' '}
            <span className="text-bad">✕{counts.unavailable}</span>
          </span>
        )}
        {!central && !centralDown && (
          <button
            type="button"
            className={`nodrag nopan ${counts ? '' : 'ml-auto'} shrink-0 rounded-md border-2 px-2 py-0.5 text-[0.8em] font-semibold ${
              cut ? 'border-ok bg-surface text-ok' : 'border-bad bg-surface text-bad'
            }`}
            aria-pressed={cut}
            aria-label={cut ? `Restore the WAN link of ${site.name}` : `Cut the WAN link of ${site.name}`}
            onClick={(event) => {
              event.stopPropagation();
              toggleSite(site.id);
            }}
          >
            {cut ? '⟲ Restore' : '✂ Cut'}
          </button>
        )}
      </div>
    </div>
  );
}

export const SiteNode = memo(SiteNodeView);
