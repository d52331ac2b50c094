import { Suspense } from 'react';
import { architectureIndex, architectureById, useBundle, useOverview } from '../../dataset/access';
import { archHref } from '../../url/hrefs';
import { describeCut, firstSentence } from '../../simulation/summary';
import type { Cut } from '../../simulation/cut';
import { selectCut, selectLeft, selectRight, selectTime, setChoices, useExplorer } from '../../url/store';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { Loading } from '../../ui/Loading';
import { useSimulation } from '../canvas/useSimulation';

// The first two architectures of the catalogue: one of each model in the shipped data.
const DEFAULT_LEFT = architectureIndex[0]!.id;
const DEFAULT_RIGHT = (architectureIndex[1] ?? architectureIndex[0]!).id;

const cuts: { cut: Cut; label: string }[] = [
  { cut: { kind: 'none' }, label: 'All connected' },
  { cut: { kind: 'all' }, label: '✂ Every edge site cut off' },
  { cut: { kind: 'central' }, label: '✕ Central site failed' },
];

/** Two architectures side by side under the same cut, and what an edge site keeps in each model. */
export function ComparePage() {
  const left = useExplorer(selectLeft);
  const right = useExplorer(selectRight);
  const cut = useExplorer(selectCut);
  const t = useExplorer(selectTime);
  // Unknown ids in a link are reported and dropped by url/corrections.ts; until then, show the defaults.
  const leftId = left && architectureById.has(left) ? left : DEFAULT_LEFT;
  const rightId = right && architectureById.has(right) ? right : DEFAULT_RIGHT;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b-2 border-line bg-surface px-3 py-2">
        <h1 className="text-xl font-bold">Compare models</h1>
        <ArchitectureSelect
          label="Left"
          value={leftId}
          onChange={(id) => setChoices({ left: id })}
          testId="compare-left"
        />
        <ArchitectureSelect
          label="Right"
          value={rightId}
          onChange={(id) => setChoices({ right: id })}
          testId="compare-right"
        />
        <fieldset className="flex flex-wrap gap-1.5">
          <legend className="sr-only">Cut applied to both</legend>
          {cuts.map((c) => (
            <button
              key={c.cut.kind}
              type="button"
              aria-pressed={cut.kind === c.cut.kind}
              onClick={() => setChoices({ cut: c.cut, ...(c.cut.kind === 'none' ? { t: null } : {}) })}
              className={`rounded-md border-2 px-2.5 py-0.5 font-semibold ${cut.kind === c.cut.kind ? 'border-accent bg-surface-2' : 'border-line'}`}
            >
              {c.label}
            </button>
          ))}
        </fieldset>
      </header>
      <div className="grid min-h-0 flex-1 grid-rows-2 md:grid-cols-2 md:grid-rows-1">
        {[leftId, rightId].map((id, i) => (
          <Suspense key={`${i}-${id}`} fallback={<Loading what="the architecture" />}>
            <CompareSide id={id} cut={cut} time={t} />
          </Suspense>
        ))}
      </div>
    </div>
  );
}

function ArchitectureSelect({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  testId: string;
}) {
  return (
    <label className="flex items-center gap-1">
      <span className="text-muted">{label}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="rounded-md border-2 border-line bg-surface px-1 py-0.5 text-fg"
        data-testid={testId}
      >
        {architectureIndex.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function CompareSide({ id, cut, time }: { id: string; cut: Cut; time: number | null }) {
  const bundle = useBundle(id);
  const { architecture } = bundle;
  const { resolution, flow, summary } = useSimulation(bundle, cut, { t: time });
  const model = useOverview().models.find((m) => m.id === architecture.model);
  const site = summary.sites[0];
  return (
    <section
      className="flex min-h-0 flex-col border-line md:border-r-2 md:last:border-r-0"
      aria-labelledby={`compare-${id}`}
      data-testid="compare-side"
      data-arch={id}
    >
      <div className="border-b-2 border-line bg-surface px-3 py-2">
        <h2 id={`compare-${id}`} className="text-lg font-bold">
          <a href={archHref(id)} className="text-fg underline">
            {architecture.name}
          </a>
        </h2>
        <p className="text-sm font-semibold text-accent">{model?.name}</p>
      </div>
      <div className="relative min-h-[16rem] flex-1">
        <GraphCanvas
          label={`${architecture.name}: ${describeCut(architecture, resolution)}`}
          nodes={flow.nodes}
          edges={flow.edges}
          view={null}
          centralDown={resolution.centralDown}
          minimap={false}
          controls={false}
        />
      </div>
      {/* A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1). */}
      <section
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable (WCAG 2.1.1)
        tabIndex={0}
        aria-label={`What an edge site keeps in ${architecture.name}`}
        className="max-h-[45%] overflow-y-auto border-t-2 border-line bg-surface p-3 text-sm"
        data-testid="compare-summary"
      >
        <p className="font-semibold">{describeCut(architecture, resolution)}</p>
        {site ? (
          <>
            <p>
              Per edge site: <span className="text-ok">✓ {site.counts.operational} keep working</span> ·{' '}
              <span className="text-warn">◐ {site.counts.degraded} degraded</span> ·{' '}
              <span className="text-bad">✕ {site.counts.unavailable} stop</span>
            </p>
            <p className="mt-1 font-semibold text-ok">What an edge site keeps ({site.siteName}):</p>
            <ul className="list-disc pl-5">
              {[...site.byStatus.operational, ...site.byStatus.degraded].map((c) => (
                <li key={c.id}>
                  <strong>{c.name}</strong>: {firstSentence(c.disconnected.impact)}
                </li>
              ))}
            </ul>
            {site.byStatus.unavailable.length > 0 && (
              <>
                <p className="mt-1 font-semibold text-bad">What it loses:</p>
                <ul className="list-disc pl-5">
                  {site.byStatus.unavailable.map((c) => (
                    <li key={c.id}>
                      <strong>{c.name}</strong>: {firstSentence(c.disconnected.impact)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        ) : (
          model?.edgeKeeps && (
            <>
              <p className="mt-1">In the {model.name} model, an edge site cut off from central keeps:</p>
              <ul className="list-disc pl-5">
                {model.edgeKeeps.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </>
          )
        )}
      </section>
    </section>
  );
}
