import { architectureIndex, useOverview } from '../../dataset/access';
import { archHref, hrefTo } from '../../url/hrefs';
import { Preview } from './Preview';

export function HomePage() {
  const { models, cards } = useOverview();
  const mainModels = models.filter((m) => !m.variantOf);
  const variants = models.filter((m) => m.variantOf);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-10 p-4 md:p-8">
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="text-3xl font-bold md:text-4xl">
          Edge computing reference architectures
        </h1>
        <p className="mt-2 max-w-3xl text-lg text-muted">
          The OpenInfra Edge Computing Group’s reference architectures as interactive graphs: what runs at the central
          site and at each edge site, which requirements each component serves, and what keeps working when an edge site
          loses its WAN link.
        </p>
      </section>

      <section aria-labelledby="architectures-title">
        <h2 id="architectures-title" className="text-2xl font-bold">
          Architectures
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
          {architectureIndex.map((a) => (
            <li
              key={a.id}
              className="flex flex-col rounded-xl border-2 border-line bg-surface p-4 shadow-sm"
              data-testid="architecture-card"
            >
              <Preview preview={cards[a.id]!.preview} />
              <h3 className="mt-3 text-lg leading-tight font-bold">
                <a
                  href={archHref(a.id)}
                  className="text-fg underline decoration-2 underline-offset-4 hover:text-accent"
                >
                  {a.name}
                </a>
              </h3>
              <p className="mt-1 text-sm font-semibold text-accent">
                {models.find((m) => m.id === a.model)?.name ?? a.model}
              </p>
              <p className="mt-2 text-sm">{cards[a.id]!.summary}</p>
              <p className="mt-auto pt-3 text-sm text-muted">
                {a.edgeSiteCount} edge sites · {a.componentCount} components
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="models-title">
        <h2 id="models-title" className="text-2xl font-bold">
          Two control-plane models
        </h2>
        <p className="mt-1 max-w-3xl text-muted">
          The ECG sorts edge architectures by how much autonomy an edge site needs, which decides what still works there
          when the link to the central data centre is lost.
        </p>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          {mainModels.map((m) => {
            const following = architectureIndex.filter(
              (a) => a.model === m.id || models.find((v) => v.id === a.model)?.variantOf === m.id,
            );
            return (
              <article
                key={m.id}
                className="flex flex-col gap-2 rounded-xl border-2 border-line bg-surface p-4"
                aria-labelledby={`model-${m.id}`}
                data-testid="model-card"
              >
                <h3 id={`model-${m.id}`} className="text-xl font-bold">
                  {m.name}
                </h3>
                <p>{m.summary}</p>
                {m.edgeKeeps && (
                  <div>
                    <h4 className="font-semibold text-ok">✓ An edge site keeps, when cut off</h4>
                    <ul className="list-disc pl-5">
                      {m.edgeKeeps.map((t) => (
                        <li key={t}>{t}</li>
                      ))}
                    </ul>
                  </div>
                )}
                {m.edgeLoses && (
                  <div>
                    <h4 className="font-semibold text-bad">✕ It loses</h4>
                    <ul className="list-disc pl-5">
                      {m.edgeLoses.map((t) => (
                        <li key={t}>{t}</li>
                      ))}
                    </ul>
                  </div>
                )}
                {variants
                  .filter((v) => v.variantOf === m.id)
                  .map((v) => (
                    <p key={v.id} className="rounded-lg bg-surface-2 p-2 text-sm">
                      <strong>Variant: {v.name}.</strong> {v.summary}
                    </p>
                  ))}
                <p className="mt-auto pt-2">
                  Follows this model:{' '}
                  {following.length === 0
                    ? 'none of the architectures here.'
                    : following.map((a, i) => (
                        <span key={a.id}>
                          {i > 0 && ', '}
                          <a href={archHref(a.id)} className="font-semibold underline">
                            {a.name}
                          </a>
                        </span>
                      ))}
                </p>
              </article>
            );
          })}
        </div>
        <p className="mt-4">
          <a href={hrefTo({ page: 'compare' }, { cut: { kind: 'all' } })} className="font-semibold underline">
            Compare the two models side by side with every edge site cut off →
          </a>
        </p>
      </section>
    </div>
  );
}
