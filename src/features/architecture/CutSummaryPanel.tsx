/** Per cut site: counts per status and, in the data's own words, what still works and what does not, now and over time. */
import { useDeferredValue } from 'react';
import type { Architecture, Status } from '../../model/schema';
import { describeDuration } from '../../model/duration';
import type { ComponentState } from '../../simulation/status';
import type { CutSummary } from '../../simulation/cutSummary';
import { nowText } from '../../simulation/summary';
import { siteTimeline } from '../../simulation/timeline';
import { ComponentLink } from '../../ui/ComponentLink';
import { StatusCounts } from '../../ui/StatusCounts';
import { statusLook } from '../../ui/statusLook';
import { selectSites, useExplorer } from '../../url/store';
import type { Scenario } from '../../simulation/scenario';
import { CapabilityTable } from '../../parts/capabilities/CapabilityTable';

const order: { status: Status; heading: string }[] = [
  { status: 'operational', heading: 'Keeps working' },
  { status: 'degraded', heading: 'Degraded' },
  { status: 'unavailable', heading: 'Stops' },
];

interface Props {
  architecture: Pick<Architecture, 'sites' | 'components'>;
  /** The architecture as documented (a fleet's template), for the capability table. */
  documented: Architecture;
  summary: CutSummary;
  states: ReadonlyMap<string, ComponentState>;
  /** Seconds into the cut. */
  t: number;
  /** What the reader chose to simulate, for the capability table. */
  scenario: Scenario;
  onRestore: () => void;
}

export function CutSummaryPanel({ architecture, documented, summary, states, t, scenario, onRestore }: Props) {
  const sites = useExplorer(selectSites);
  // The counts and lists come with the cut's frame; the capability table and the timeline follow in
  // the next render, so the diagram shows the cut without waiting for them.
  const detailed = useDeferredValue(true, false);
  return (
    <section aria-labelledby="cut-summary-title" className="flex flex-col gap-4" data-testid="cut-summary">
      <header className="flex flex-col items-start gap-2">
        <div>
          <h2 id="cut-summary-title" className="text-xl font-bold">
            {summary.central.down
              ? 'Central site failed'
              : `${summary.cutSiteCount} of ${summary.edgeSiteCount} edge sites cut off`}
            {t > 0 && <span className="text-base font-semibold text-muted"> · {describeDuration(t)} in</span>}
          </h2>
          <p className="text-muted">
            {summary.central.down
              ? 'Every edge site has lost its control link. What each one keeps is what its own components can do.'
              : 'Their WAN links to the central site are down.'}{' '}
            Totals: <StatusCounts counts={summary.totals} />.
          </p>
        </div>
        <button
          type="button"
          onClick={onRestore}
          className="shrink-0 rounded-md border-2 border-ok px-2 py-1 font-semibold text-ok"
        >
          ⟲ Restore {summary.central.down ? 'central' : summary.cutSiteCount > 1 ? 'all links' : 'link'}
        </button>
      </header>
      {summary.sites.map((site) => {
        const timeline = detailed ? siteTimeline(architecture, site.siteIds[0]!) : [];
        return (
          <section
            key={site.siteIds[0]}
            aria-label={`Cut site ${site.siteName}`}
            className="rounded-lg border-2 border-line p-3"
            data-testid="cut-site"
            data-site={site.siteIds.join(',')}
          >
            <h3 className="text-lg font-bold">
              {site.siteIds.length > 1
                ? `Each of ${site.siteIds.length} cut sites (${site.siteName} and others)`
                : site.siteName}
            </h3>
            <p className="text-sm" data-testid="cut-site-counts">
              <StatusCounts counts={site.counts} />
            </p>
            {order.map(({ status, heading }) =>
              site.byStatus[status].length === 0 ? null : (
                <div key={status} className="mt-2">
                  <h4 className={`font-semibold ${statusLook[status].text}`}>
                    <span aria-hidden="true">{statusLook[status].icon} </span>
                    {heading}
                  </h4>
                  <ul className="flex flex-col gap-1 pl-1">
                    {site.byStatus[status].map((c) => (
                      <li key={c.id}>
                        <ComponentLink id={c.id} name={c.name} />: <span>{nowText(c, states.get(c.id))}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ),
            )}
            {detailed && (
              <div className="mt-3">
                <CapabilityTable
                  architectures={[documented]}
                  scenario={scenario}
                  siteOf={() => site.siteIds[0]!}
                  sites={sites}
                  heading="What users at the site can still do"
                  headingLevel={3}
                />
              </div>
            )}
            {timeline.length > 0 && (
              <div className="mt-3">
                <h4 className="font-semibold">As the cut goes on</h4>
                <ol
                  className="mt-1 flex flex-col gap-1 border-l-2 border-line pl-3 text-sm"
                  data-testid="site-timeline"
                >
                  {timeline.map((entry) => (
                    <li
                      key={`${entry.component.id}@${entry.seconds}`}
                      className={entry.seconds <= t ? '' : 'text-muted'}
                      data-passed={entry.seconds <= t}
                    >
                      <strong>{describeDuration(entry.seconds)}:</strong>{' '}
                      <ComponentLink id={entry.component.id} name={entry.component.name} /> {entry.moment.change}
                    </li>
                  ))}
                </ol>
              </div>
            )}
          </section>
        );
      })}
      {summary.central.components.length > 0 && (
        <section aria-label="Central site" className="rounded-lg border-2 border-line p-3">
          <h3 className="text-lg font-bold">
            {summary.central.down ? 'Central site (failed)' : 'Central site, towards the cut sites'}
          </h3>
          <ul className="mt-1 flex flex-col gap-1">
            {summary.central.components.map((c) => (
              <li key={c.id}>
                <ComponentLink id={c.id} name={c.name} />:{' '}
                <span>{summary.central.down ? 'down with the central site.' : nowText(c, states.get(c.id))}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
