import { memo, useContext } from 'react';
import type { NodeProps } from '@xyflow/react';
import {
  CUT_BUTTON_HEIGHT,
  SITE_HEADER,
  SITE_TITLE_FONT_SIZE,
  SITE_TITLE_FONT_WEIGHT,
} from '../../../model/typography';
import type { SiteFlowNode } from '../flow/types';
import { SimulationContext } from '../SimulationContext';

const titleStyle = { height: SITE_HEADER, fontSize: SITE_TITLE_FONT_SIZE };
const nameStyle = { fontWeight: SITE_TITLE_FONT_WEIGHT };

/** A site's box: its kind and name (the build left room for them), and for an edge site the control that cuts its WAN link. */
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
      <div className="flex items-center gap-2 px-2.5 leading-none" style={titleStyle}>
        <span className="rounded border border-current px-1 py-0.5 text-[11px] font-bold tracking-wide text-muted uppercase">
          {central ? 'Central' : 'Edge'}
        </span>
        <span className="whitespace-nowrap text-fg" style={nameStyle} data-testid="site-name">
          {site.name}
        </span>
        {counts && (
          <span
            className="ml-auto shrink-0 text-[12px] font-semibold whitespace-nowrap"
            data-testid="site-counts"
            title={central ? 'Site failed' : 'Cut off'}
          >
            <span className="text-ok">✓{counts.operational}</span> <span className="text-warn">◐{counts.degraded}</span>{' '}
            <span className="text-bad">✕{counts.unavailable}</span>
          </span>
        )}
        {!central && !centralDown && (
          <button
            type="button"
            className={`nodrag nopan ${counts ? '' : 'ml-auto'} shrink-0 rounded-md border-2 px-2 text-[12px] font-semibold whitespace-nowrap ${
              cut ? 'border-ok bg-surface text-ok' : 'border-bad bg-surface text-bad'
            }`}
            style={{ height: CUT_BUTTON_HEIGHT }}
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
