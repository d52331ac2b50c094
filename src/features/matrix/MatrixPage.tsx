import { Suspense, useMemo } from 'react';
import { useAllBundles, useRequirements } from '../../dataset/access';
import { archHref, reqHref } from '../../url/hrefs';
import { coverage, sortCoverage } from '../../simulation/coverage';
import { setChoices, useExplorer } from '../../url/store';
import type { MatrixSort } from '../../url/codec';
import { Loading } from '../../ui/Loading';

const sorts: { value: MatrixSort; label: string }[] = [
  { value: 'catalogue', label: 'Catalogue order' },
  { value: 'coverage', label: 'Least served first' },
  { value: 'title', label: 'Title A–Z' },
];

export function MatrixPage() {
  return (
    <div className="mx-auto flex max-w-[110rem] flex-col gap-4 p-4 md:p-8">
      <header>
        <h1 className="text-3xl font-bold">Requirements × architectures</h1>
        <p className="mt-1 max-w-3xl text-muted">
          Which components serve each ECG requirement in each architecture, and where a requirement is not served at
          all.
        </p>
      </header>
      <Suspense fallback={<Loading what="the matrix" />}>
        <Matrix />
      </Suspense>
    </div>
  );
}

function Matrix() {
  const bundles = useAllBundles();
  const requirements = useRequirements();
  const sort = useExplorer((s) => s.choices.sort);
  const rows = useMemo(() => sortCoverage(coverage(requirements, bundles), sort), [bundles, requirements, sort]);
  return (
    <>
      <label className="flex items-center gap-2">
        <span className="font-semibold">Sort rows</span>
        <select
          value={sort}
          onChange={(e) => setChoices({ sort: e.target.value as MatrixSort })}
          className="rounded-md border-2 border-line bg-surface px-2 py-1 text-fg"
          data-testid="matrix-sort"
        >
          {sorts.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      {/* A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1). */}
      <section
        className="overflow-x-auto rounded-xl border-2 border-line"
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable (WCAG 2.1.1)
        tabIndex={0}
        aria-label="Requirements matrix, scrollable"
      >
        <table className="w-full border-collapse text-left" data-testid="matrix">
          <caption className="sr-only">Components serving each requirement, per architecture</caption>
          <thead className="sticky top-0 bg-surface-2">
            <tr>
              <th
                scope="col"
                className="min-w-[14rem] border-b-2 border-line p-3"
                aria-sort={sort === 'title' ? 'ascending' : 'none'}
              >
                Requirement
              </th>
              {bundles.map(({ architecture }) => (
                <th key={architecture.id} scope="col" className="min-w-[12rem] border-b-2 border-l-2 border-line p-3">
                  <a href={archHref(architecture.id)} className="text-fg underline">
                    {architecture.name}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.requirement.id}
                className="border-b border-line align-top odd:bg-surface even:bg-bg"
                data-testid="matrix-row"
                data-requirement={row.requirement.id}
              >
                <th scope="row" className="p-3 font-semibold">
                  <a href={reqHref(row.requirement.id)} className="underline">
                    {row.requirement.title}
                  </a>
                  <div className="text-sm font-normal text-muted">
                    served by {row.servedBy} of {bundles.length}
                  </div>
                </th>
                {bundles.map(({ architecture }) => {
                  const components = row.byArchitecture.get(architecture.id) ?? [];
                  // Same-named components on different sites get their site, so the cell tells them apart.
                  const repeated = (name: string) => components.filter((c) => c.name === name).length > 1;
                  return (
                    <td key={architecture.id} className="border-l-2 border-line p-3" data-arch={architecture.id}>
                      {components.length === 0 ? (
                        <span className="font-semibold text-bad" data-testid="not-served">
                          ✕ not served
                        </span>
                      ) : (
                        <ul className="flex flex-col gap-0.5">
                          {components.map((c) => (
                            <li key={c.id}>
                              <a href={archHref(architecture.id, c.id)} className="underline">
                                {c.name}
                              </a>
                              {repeated(c.name) && <span className="text-sm text-muted"> · {c.site}</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
