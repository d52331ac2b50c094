import type { CutSummary } from '../../simulation/summary';
import { firstSentence } from '../../simulation/summary';
import { ComponentLink } from '../../ui/ComponentLink';
import { statusLook } from '../../ui/statusLook';
import type { Status } from '../../model/schema';

const order: { status: Status; heading: string }[] = [
  { status: 'operational', heading: 'Keeps working' },
  { status: 'degraded', heading: 'Degraded' },
  { status: 'unavailable', heading: 'Stops' },
];

/** Per cut site: counts per status and, in the data's own words, what still works and what does not. */
export function CutSummaryPanel({ summary, onRestore }: { summary: CutSummary; onRestore: () => void }) {
  return (
    <section aria-labelledby="cut-summary-title" className="flex flex-col gap-4" data-testid="cut-summary">
      <header className="flex flex-col items-start gap-2">
        <div>
          <h2 id="cut-summary-title" className="text-xl font-bold">
            {summary.central.down
              ? 'Central site failed'
              : `${summary.cutSiteCount} of ${summary.edgeSiteCount} edge sites cut off`}
          </h2>
          <p className="text-muted">
            {summary.central.down
              ? 'Every edge site has lost its control link. What each one keeps is what its own components can do.'
              : 'Their WAN links to the central site are down.'}{' '}
            Totals: <span className="font-semibold text-ok">✓ {summary.totals.operational} operational</span>,{' '}
            <span className="font-semibold text-warn">◐ {summary.totals.degraded} degraded</span>,{' '}
            <span className="font-semibold text-bad">✕ {summary.totals.unavailable} unavailable</span>.
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
      {summary.sites.map((site) => (
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
            <span className="text-ok">✓ {site.counts.operational} operational</span> ·{' '}
            <span className="text-warn">◐ {site.counts.degraded} degraded</span> ·{' '}
            <span className="text-bad">✕ {site.counts.unavailable} unavailable</span>
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
                      <ComponentLink id={c.id} name={c.name} />: <span>{firstSentence(c.disconnected.impact)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ),
          )}
        </section>
      ))}
      {summary.central.components.length > 0 && (
        <section aria-label="Central site" className="rounded-lg border-2 border-line p-3">
          <h3 className="text-lg font-bold">
            {summary.central.down ? 'Central site (failed)' : 'Central site, towards the cut sites'}
          </h3>
          <ul className="mt-1 flex flex-col gap-1">
            {summary.central.components.map((c) => (
              <li key={c.id}>
                <ComponentLink id={c.id} name={c.name} />:{' '}
                <span>
                  {summary.central.down ? 'down with the central site.' : firstSentence(c.disconnected.impact)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
