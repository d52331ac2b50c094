import { Suspense } from 'react';
import { requirementTitles, useAllBundles, useRequirements } from '../../dataset/access';
import { archHref } from '../../url/hrefs';
import { coverage } from '../../simulation/coverage';
import { Loading } from '../../ui/Loading';
import { Sources } from '../../ui/Sources';
import { StatusBadge } from '../../ui/StatusBadge';
import { NotFound } from '../../ui/NotFound';
import { selectEmbed, useExplorer } from '../../url/store';
import { useEmbedLinks } from '../../parts/share/embedLinks';

export function RequirementPage({ id }: { id: string }) {
  // An embed's links open the full explorer in a new tab.
  useEmbedLinks(useExplorer(selectEmbed));
  if (!Object.hasOwn(requirementTitles, id))
    return <NotFound what={`Requirement “${id.slice(0, 60)}”`} kind="requirement" />;
  return (
    <Suspense fallback={<Loading what="the requirement" />}>
      <RequirementArticle id={id} />
    </Suspense>
  );
}

function RequirementArticle({ id }: { id: string }) {
  const requirements = useRequirements();
  const requirement = requirements.find((r) => r.id === id)!;
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-6 p-4 md:p-8" aria-labelledby="req-title">
      <header>
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">ECG requirement · {requirement.id}</p>
        <h1 id="req-title" className="text-3xl font-bold">
          {requirement.title}
        </h1>
        <p className="mt-2 text-lg">{requirement.description}</p>
        {requirement.origin && <p className="mt-2 text-muted">Origin: {requirement.origin}</p>}
      </header>
      <Suspense fallback={<Loading what="the components that serve it" />}>
        <ServedBy id={id} />
      </Suspense>
      <Sources sources={requirement.sources} />
    </article>
  );
}

function ServedBy({ id }: { id: string }) {
  const bundles = useAllBundles();
  const requirements = useRequirements();
  const [row] = coverage(
    requirements.filter((r) => r.id === id),
    bundles,
  );
  return (
    <section aria-labelledby="served-title">
      <h2 id="served-title" className="text-2xl font-bold">
        Components that serve it
      </h2>
      <div className="mt-3 flex flex-col gap-4">
        {bundles.map(({ architecture }) => {
          const components = row!.byArchitecture.get(architecture.id) ?? [];
          const siteName = new Map(architecture.sites.map((s) => [s.id, s.name]));
          return (
            <section
              key={architecture.id}
              aria-labelledby={`served-${architecture.id}`}
              className="rounded-xl border-2 border-line bg-surface p-4"
              data-testid="served-group"
            >
              <h3 id={`served-${architecture.id}`} className="text-lg font-bold">
                {architecture.name}
              </h3>
              {components.length === 0 ? (
                <p className="text-muted">No component of this architecture serves it.</p>
              ) : (
                <ul className="mt-2 flex flex-col gap-2">
                  {components.map((c) => (
                    <li key={c.id} className="flex flex-wrap items-baseline gap-x-2">
                      <a href={archHref(architecture.id, c.id)} className="font-semibold underline">
                        {c.name}
                      </a>
                      <span className="text-sm text-muted">on {siteName.get(c.site)}</span>
                      <span className="text-sm">
                        cut off: <StatusBadge state={c.disconnected.status} size="sm" />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
