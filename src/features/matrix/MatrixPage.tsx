/**
 * Requirements × architectures on one screen share: per cell the number of components the data tags
 * with the requirement (per-site copies counted once) — a count, not a score, so a neutral shade — and
 * under a cut (`?cut=all`, `central`) how many of them still work at the cut-off sites. Headers
 * sticky, rows sortable, the components of a row on demand (or of every row, `?list=1`).
 */
import { Fragment, Suspense, useMemo, useState } from 'react';
import { modelNames, useAllBundles, useRequirements } from '../../dataset/access';
import type { ArchitectureBundle } from '../../model/dataset';
import type { Architecture } from '../../model/schema';
import { archHref, reqHref } from '../../url/hrefs';
import { coverage, sortCoverage, type Coverage } from '../../simulation/coverage';
import { selectCut, selectEmbed, selectSort, setChoices, useExplorer, type ExplorerState } from '../../url/store';
import { NO_CUT, resolveCut, type Cut } from '../../simulation/cut';
import { componentStates, type ComponentState } from '../../simulation/status';
import { ShareButton } from '../../parts/share/ShareButton';
import { useEmbedLinks } from '../../parts/share/embedLinks';
import type { MatrixSort } from '../../url/codec';
import { Loading } from '../../ui/Loading';
import { fold, type FoldedEntry } from '../../simulation/fold';

const sorts: { value: MatrixSort; label: string }[] = [
  { value: 'catalogue', label: 'Catalogue order' },
  { value: 'coverage', label: 'Least served first' },
  { value: 'title', label: 'Title A–Z' },
];

const selectList = (s: ExplorerState) => s.choices.matrixList;

/** The cuts the matrix can be read under: the same for every architecture. */
const matrixCuts: { cut: Cut; label: string }[] = [
  { cut: NO_CUT, label: 'Nothing cut' },
  { cut: { kind: 'all' }, label: '✂ Every edge site cut off' },
  { cut: { kind: 'central' }, label: '✕ Central site failed' },
];

export function MatrixPage() {
  const sort = useExplorer(selectSort);
  const list = useExplorer(selectList);
  const cut = useExplorer(selectCut);
  const embed = useExplorer(selectEmbed);
  useEmbedLinks(embed);
  return (
    <div className="flex h-full min-h-0 flex-col gap-2 px-3 py-3 md:px-6">
      <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1">
        <h1 className="text-2xl font-bold">Requirements × architectures</h1>
        <div className={`flex flex-wrap items-center gap-3 text-sm ${embed ? 'hidden' : ''}`}>
          <label className="flex items-center gap-2">
            <span className="font-semibold">Sort rows</span>
            <select
              value={sort}
              onChange={(e) => setChoices({ sort: e.target.value as MatrixSort })}
              className="rounded-md border-2 border-line bg-surface px-2 py-0.5 text-fg"
              data-testid="matrix-sort"
            >
              {sorts.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="flex flex-wrap gap-1" data-testid="matrix-cut">
            <legend className="sr-only">Read under a cut</legend>
            {matrixCuts.map((c) => (
              <button
                key={c.cut.kind}
                type="button"
                aria-pressed={cut.kind === c.cut.kind}
                onClick={() => setChoices({ cut: c.cut })}
                className={`rounded-md border-2 px-2 py-0.5 font-semibold ${cut.kind === c.cut.kind ? 'border-accent bg-surface-2' : 'border-line'}`}
              >
                {c.label}
              </button>
            ))}
          </fieldset>
          <fieldset className="flex overflow-hidden rounded-md border-2 border-line" data-testid="matrix-mode">
            <legend className="sr-only">Cells show</legend>
            {[
              { value: false, label: 'Counts' },
              { value: true, label: 'Components' },
            ].map((mode) => (
              <button
                key={mode.label}
                type="button"
                aria-pressed={list === mode.value}
                onClick={() => setChoices({ matrixList: mode.value })}
                className={`px-2.5 py-0.5 font-semibold ${list === mode.value ? 'bg-accent text-accent-fg' : 'text-fg'}`}
              >
                {mode.label}
              </button>
            ))}
          </fieldset>
          <ShareButton title="Requirements × architectures, Edge Architecture Explorer" />
        </div>
        <p className="w-full text-sm text-muted">
          <Legend />{' '}
          {cut.kind === 'none'
            ? 'How many components of each architecture the data tags with each ECG requirement (copies on several sites count once): a count, not a grade. Select a cell to list them.'
            : `Under the cut (${cut.kind === 'all' ? 'every edge site cut off' : 'the central site failed'}): how many of them still work for the cut-off sites.`}
        </p>
      </header>
      <Suspense fallback={<Loading what="the matrix" />}>
        <Matrix sort={sort} list={list} cut={cut} />
      </Suspense>
    </div>
  );
}

/** Shades of one neutral colour: more tagged components, a deeper shade; none, the plain page. */
const shade = (count: number) =>
  count === 0
    ? 'text-muted'
    : count === 1
      ? 'bg-[color-mix(in_srgb,var(--accent)_8%,var(--surface))]'
      : count <= 3
        ? 'bg-[color-mix(in_srgb,var(--accent)_16%,var(--surface))]'
        : 'bg-[color-mix(in_srgb,var(--accent)_26%,var(--surface))]';

function Legend() {
  return (
    <span className="mr-2 inline-flex flex-wrap items-center gap-1" data-testid="matrix-legend">
      <span className="rounded px-1.5 font-semibold text-muted">–</span> none tagged
      {[1, 2, 4].map((n) => (
        <span key={n} className={`rounded px-1.5 font-semibold text-fg ${shade(n)}`}>
          {n === 4 ? '4+' : n === 2 ? '2–3' : n}
        </span>
      ))}
      <span className="ml-1">
        · <span className="font-semibold text-fg">3</span> (6): 6 counting per-site copies ·
      </span>
    </span>
  );
}

interface Column {
  architecture: Architecture;
  /** Per requirement id, the serving components folded per site. */
  cells: Map<string, FoldedEntry[]>;
}

function columnsOf(bundles: readonly ArchitectureBundle[], rows: readonly Coverage[]): Column[] {
  return bundles.map(({ architecture }) => ({
    architecture,
    cells: new Map(
      rows.map((row) => [row.requirement.id, fold(row.byArchitecture.get(architecture.id) ?? [], architecture)]),
    ),
  }));
}

function Matrix({ sort, list, cut }: { sort: MatrixSort; list: boolean; cut: Cut }) {
  const bundles = useAllBundles();
  const requirements = useRequirements();
  const all = useMemo(() => coverage(requirements, bundles), [bundles, requirements]);
  // Under a cut: each architecture's components' states, for "how many still work".
  const states = useMemo(
    () =>
      cut.kind === 'none'
        ? null
        : new Map(bundles.map(({ architecture: a }) => [a.id, componentStates(a, resolveCut(a, cut))])),
    [bundles, cut],
  );
  const rows = useMemo(() => sortCoverage(all, sort), [all, sort]);
  const columns = useMemo(() => columnsOf(bundles, all), [bundles, all]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const sortBy = (by: MatrixSort) => setChoices({ sort: sort === by ? 'catalogue' : by });
  const header = 'sticky top-0 z-10 border-b-2 border-line bg-surface-2 px-2 py-1.5 align-bottom';

  return (
    // A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1).
    <section
      className="min-h-0 overflow-auto rounded-xl border-2 border-line"
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable (WCAG 2.1.1)
      tabIndex={0}
      aria-label="Requirements matrix, scrollable"
      data-testid="matrix-scroll"
    >
      <table
        className="w-full min-w-[38rem] table-fixed border-separate border-spacing-0 text-left text-sm"
        data-testid="matrix"
      >
        <caption className="sr-only">
          Components serving each ECG requirement, per architecture; copies on several edge sites count once
        </caption>
        <colgroup>
          <col className="w-[10.5rem] md:w-[34%]" />
          <col className="w-[4.5rem] md:w-[6rem]" />
          {columns.map(({ architecture: a }) => (
            <col key={a.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={`${header} left-0 z-20`} aria-sort={sort === 'title' ? 'ascending' : 'none'}>
              <button
                type="button"
                className="font-bold underline-offset-2 hover:underline"
                onClick={() => sortBy('title')}
              >
                Requirement {sort === 'title' ? '▲' : ''}
              </button>
            </th>
            <th scope="col" className={`${header} text-center`} aria-sort={sort === 'coverage' ? 'ascending' : 'none'}>
              <button
                type="button"
                className="font-bold underline-offset-2 hover:underline"
                onClick={() => sortBy('coverage')}
                title="Sort by the number of architectures that serve it, least first"
              >
                Served {sort === 'coverage' ? '▲' : ''}
              </button>
            </th>
            {columns.map(({ architecture: a }) => (
              <th key={a.id} scope="col" className={`${header} border-l-2 text-center`}>
                <a href={archHref(a.id)} className="font-bold text-fg underline">
                  {a.name}
                </a>
                <span className="block text-xs font-normal whitespace-nowrap text-muted">
                  {modelNames[a.model] ?? a.model}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const id = row.requirement.id;
            const expanded = list || open.has(id);
            const detailId = `matrix-detail-${id}`;
            return (
              <Fragment key={id}>
                <tr className={`group ${list ? 'align-top' : ''}`} data-testid="matrix-row" data-requirement={id}>
                  <th
                    scope="row"
                    className="sticky left-0 z-[5] border-b border-line bg-surface px-2 py-0.5 font-semibold group-hover:bg-surface-2"
                  >
                    <a href={reqHref(id)} className="underline">
                      {row.requirement.title}
                    </a>
                  </th>
                  <td className="border-b border-line px-2 py-0.5 text-center whitespace-nowrap tabular-nums">
                    <span className="sr-only">served by </span>
                    {row.servedBy} of {columns.length}
                  </td>
                  {columns.map(({ architecture: a, cells }) => {
                    const entries = cells.get(id)!;
                    const working = states ? stillWorking(entries, states.get(a.id)!) : null;
                    return (
                      <td
                        key={a.id}
                        className={`border-b border-l-2 border-line p-0 ${list ? '' : shade(working ?? entries.length)}`}
                        data-arch={a.id}
                      >
                        {list ? (
                          <CellList arch={a} entries={entries} />
                        ) : (
                          <button
                            type="button"
                            aria-expanded={expanded}
                            aria-controls={detailId}
                            onClick={() => toggle(id)}
                            className="flex w-full items-center justify-center gap-1 px-2 py-0.5 font-semibold tabular-nums"
                            data-testid="matrix-cell"
                            data-count={entries.length}
                            data-sites={entries.reduce((n, e) => n + e.copies.length, 0)}
                            data-working={working ?? undefined}
                          >
                            <CellMark arch={a} entries={entries} working={working} />
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
                {expanded && !list && (
                  <tr id={detailId} data-testid="matrix-detail" data-requirement={id}>
                    <td colSpan={2} className="sticky left-0 border-b-2 border-line bg-surface-2 px-2 py-2 align-top">
                      <p className="text-muted">{row.requirement.description}</p>
                    </td>
                    {columns.map(({ architecture: a, cells }) => (
                      <td
                        key={a.id}
                        className="border-b-2 border-l-2 border-line bg-surface-2 align-top"
                        data-arch={a.id}
                      >
                        <CellList arch={a} entries={cells.get(id)!} />
                      </td>
                    ))}
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** How many of a cell's components still work (operational or degraded) somewhere under the cut. */
function stillWorking(entries: readonly FoldedEntry[], states: ReadonlyMap<string, ComponentState>): number {
  return entries.filter((e) => e.copies.some((c) => states.get(c.id)?.state !== 'unavailable')).length;
}

function CellMark({
  arch,
  entries,
  working,
}: {
  arch: Architecture;
  entries: readonly FoldedEntry[];
  working: number | null;
}) {
  if (entries.length === 0)
    return (
      <span data-testid="not-served">
        <span aria-hidden="true">–</span>
        <span className="sr-only">No component of {arch.name} is tagged with it</span>
      </span>
    );
  if (working !== null)
    return (
      <span data-testid="still-working">
        {working} of {entries.length}
        <span className="sr-only"> still work while cut off</span>
      </span>
    );
  const copies = entries.reduce((n, e) => n + e.copies.length, 0);
  return (
    <>
      <span>{entries.length}</span>
      <span className="sr-only">
        {entries.length === 1 ? 'component' : 'components'} of {arch.name}
        {copies > entries.length ? ` (${copies} with their copies on several sites)` : ''}
      </span>
      {copies > entries.length && (
        <span aria-hidden="true" className="text-xs font-normal">
          ({copies})
        </span>
      )}
    </>
  );
}

function CellList({ arch, entries }: { arch: Architecture; entries: readonly FoldedEntry[] }) {
  const siteName = new Map(arch.sites.map((s) => [s.id, s.name]));
  if (entries.length === 0)
    return (
      <p className="px-2 py-1 font-semibold text-muted" data-testid="not-served">
        – none tagged
      </p>
    );
  return (
    <ul className="flex flex-col gap-1 px-2 py-1.5" data-testid="matrix-entries">
      {entries.map((entry) => (
        <li key={entry.key} className="leading-snug" data-testid="matrix-entry" data-sites={entry.siteIds.length}>
          <a href={archHref(arch.id, entry.copies[0]!.id)} className="font-semibold underline">
            {entry.name}
          </a>
          <span className="block text-xs text-muted">
            {entry.siteIds.length > 1 ? (
              <>
                {entry.siteIds.length} sites:{' '}
                {entry.copies.map((c, i) => (
                  <Fragment key={c.id}>
                    {i > 0 && ' · '}
                    <a href={archHref(arch.id, c.id)} className="underline">
                      {c.site}
                    </a>
                  </Fragment>
                ))}
              </>
            ) : (
              siteName.get(entry.siteIds[0]!)
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
