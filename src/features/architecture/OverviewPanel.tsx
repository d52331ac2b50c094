import type { Architecture } from '../../model/schema';
import { useOverview } from '../../dataset/access';
import { ComponentLink } from '../../ui/ComponentLink';
import { Sources } from '../../ui/Sources';

/** What the panel shows before anything is selected: the architecture in words, and every component as a list. */
export function OverviewPanel({ architecture, onClose }: { architecture: Architecture; onClose: () => void }) {
  const model = useOverview().models.find((m) => m.id === architecture.model);
  return (
    <section aria-labelledby="overview-title" className="flex flex-col gap-4" data-testid="overview-panel">
      <div>
        <div className="flex items-start gap-2">
          <h2 id="overview-title" className="flex-1 text-xl font-bold">
            About this architecture
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="rounded-md border-2 border-line px-2 py-0.5 font-semibold"
            aria-label="Close (Esc)"
          >
            ✕
          </button>
        </div>
        <p>{architecture.summary}</p>
        {architecture.modelNote && <p className="mt-2 text-muted">{architecture.modelNote}</p>}
        {architecture.release && (
          <p className="mt-2 text-sm text-muted">
            <strong>Releases:</strong> {architecture.release}
          </p>
        )}
      </div>
      <p className="rounded-lg border-2 border-dashed border-line p-3 text-sm">
        Select a component to see its role, the requirements it serves and what happens to it when its site is cut off.
        Use <strong>✂ Cut</strong> on an edge site, or activate a WAN link, to simulate losing it.
      </p>
      <nav aria-label="Sites and components">
        {architecture.sites.map((site) => (
          <div key={site.id} className="mt-2">
            <h3 className="font-bold">
              {site.name}{' '}
              <span className="text-sm font-normal text-muted">({site.kind === 'central' ? 'central' : 'edge'})</span>
            </h3>
            {site.description && <p className="text-sm text-muted">{site.description}</p>}
            <ul className="mt-1 flex flex-col gap-0.5 pl-1">
              {architecture.components
                .filter((c) => c.site === site.id)
                .map((c) => (
                  <li key={c.id}>
                    <ComponentLink id={c.id} name={c.name} />
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
      {model && (
        <p className="text-sm">
          Model: <strong>{model.name}</strong>. {model.summary}
        </p>
      )}
      <Sources sources={architecture.sources} />
    </section>
  );
}
