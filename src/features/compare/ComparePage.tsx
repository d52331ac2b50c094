/**
 * Two architectures under the same cut and time: the diagrams side by side, the capability table
 * (what a cut-off site can still do, aligned row by row and copyable as Markdown), and the two
 * summaries in aligned rows, all in one scroll so that nothing drifts apart.
 */
import { AddToDeck } from '../../parts/deck/AddToDeck';
import { Suspense, useMemo } from 'react';
import {
  architectureIndex,
  defaultComparePair,
  knownArchitectures,
  useBundle,
  useOverview,
} from '../../dataset/access';
import { ownFile, YOURS } from '../../dataset/yours';
import { OwnArchitectureBoundary } from '../../ui/KnownArchitecture';
import { archHref } from '../../url/hrefs';
import { summariseCut } from '../../simulation/cutSummary';
import { describeCut, firstSentence } from '../../simulation/summary';
import type { Cut } from '../../simulation/cut';
import { selectEmbed, selectLeft, selectRight, setChoices, useExplorer, useScenario } from '../../url/store';
import { describeScenario, type Scenario } from '../../simulation/scenario';
import { ShareButton } from '../../parts/share/ShareButton';
import { useEmbedLinks } from '../../parts/share/embedLinks';
import { GraphCanvas } from '../../parts/canvas/GraphCanvas';
import { Loading } from '../../ui/Loading';
import { useSimulation } from '../../parts/canvas/useSimulation';
import { CapabilityTable } from '../../parts/capabilities/CapabilityTable';
import { TimeControl } from '../../parts/time/TimeControl';
import { ConditionsControl } from '../../parts/conditions/ConditionsControl';
import { StatusCounts } from '../../ui/StatusCounts';

const [DEFAULT_LEFT, DEFAULT_RIGHT] = defaultComparePair;

const cuts: { cut: Cut; label: string }[] = [
  { cut: { kind: 'none' }, label: 'All connected' },
  { cut: { kind: 'all' }, label: '✂ Every edge site cut off' },
  { cut: { kind: 'central' }, label: '✕ Central site failed' },
];

/** Grid placement: each side's parts go to its column, in rows shared with the other side. */
const column = ['md:col-start-1', 'md:col-start-2'] as const;

export function ComparePage() {
  const left = useExplorer(selectLeft);
  const right = useExplorer(selectRight);
  const scenario = useScenario();
  const { cut } = scenario;
  const embed = useExplorer(selectEmbed);
  useEmbedLinks(embed);
  // Unknown ids in a link are reported and dropped by url/corrections.ts; until then, show the defaults.
  const known = knownArchitectures();
  const leftId = left && known.has(left) ? left : DEFAULT_LEFT;
  const rightId = right && known.has(right) ? right : DEFAULT_RIGHT;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b-2 border-line bg-surface px-3 py-2">
        <h1 className="text-xl font-bold">Compare models</h1>
        {embed ? (
          // An embed shows what is compared, without the selectors; its links open the explorer.
          <p className="font-semibold text-muted" data-testid="compare-embed-caption">
            {cuts.find((c) => c.cut.kind === cut.kind)?.label ?? 'All connected'}
          </p>
        ) : (
          <>
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
            {cut.kind !== 'none' && (
              <Suspense fallback={null}>
                <TimeSelect ids={[leftId, rightId]} />
              </Suspense>
            )}
            <Suspense fallback={null}>
              <CompareConditions ids={[leftId, rightId]} />
            </Suspense>
            <AddToDeck what="Compare" />
            <ShareButton title="Compare models, Edge Architecture Explorer" />
          </>
        )}
      </header>
      {/* A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1). */}
      <div
        className="min-h-0 flex-1 overflow-y-auto"
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable (WCAG 2.1.1)
        tabIndex={0}
        role="region"
        aria-label="Comparison, scrollable"
        data-testid="compare-scroll"
      >
        <div className="grid grid-cols-1 md:grid-cols-2" data-testid="compare-grid">
          {[leftId, rightId].map((id, i) => (
            <Suspense
              key={`${i}-${id}`}
              fallback={
                <div className={`${column[i]} md:row-span-3 md:row-start-1`}>
                  <Loading what="the architecture" />
                </div>
              }
            >
              <OwnArchitectureBoundary>
                <CompareSide id={id} side={i as 0 | 1} scenario={scenario} embed={embed} />
              </OwnArchitectureBoundary>
            </Suspense>
          ))}
          <section
            className="order-first border-y-2 border-line bg-surface px-3 py-3 md:order-none md:col-span-2 md:row-start-3"
            aria-label="Capabilities compared"
          >
            <Suspense fallback={<Loading what="the capabilities" />}>
              <Capabilities ids={[leftId, rightId]} scenario={scenario} />
            </Suspense>
          </section>
        </div>
      </div>
    </div>
  );
}

function Capabilities({ ids, scenario }: { ids: readonly string[]; scenario: Scenario }) {
  const left = useBundle(ids[0]!).architecture;
  const right = useBundle(ids[1]!).architecture;
  const architectures = useMemo(() => [left, right], [left, right]);
  return <CapabilityTable architectures={architectures} scenario={scenario} />;
}

/** The round trip and the upgrade, on both sides: thresholds of either architecture marked. */
function CompareConditions({ ids }: { ids: readonly string[] }) {
  const left = useBundle(ids[0]!).architecture;
  const right = useBundle(ids[1]!).architecture;
  const architectures = useMemo(() => [left, right], [left, right]);
  return <ConditionsControl architectures={architectures} />;
}

/** How long the cut has lasted, on both sides: the time control with every moment either architecture documents. */
function TimeSelect({ ids }: { ids: readonly string[] }) {
  const left = useBundle(ids[0]!).architecture;
  const right = useBundle(ids[1]!).architecture;
  const architectures = useMemo(() => [left, right], [left, right]);
  return (
    <div className="w-full max-w-md min-w-64 flex-1">
      <TimeControl architectures={architectures} compact />
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
        {ownFile() !== null && <option value={YOURS}>Your own architecture</option>}
      </select>
    </label>
  );
}

function CompareSide({ id, side, scenario, embed }: { id: string; side: 0 | 1; scenario: Scenario; embed: boolean }) {
  const bundle = useBundle(id);
  const { architecture } = bundle;
  const { resolved, resolution, flow, states } = useSimulation(bundle, scenario);
  const summary = useMemo(() => summariseCut(architecture, resolution, states), [architecture, resolution, states]);
  const model = useOverview().models.find((m) => m.id === architecture.model);
  const site = summary.sites[0];
  const at = column[side];
  const edge = side === 0 ? 'md:border-r-2' : '';
  const keeps = site ? [...site.byStatus.operational, ...site.byStatus.degraded] : [];
  return (
    // `contents`: the side's parts sit in the page grid, so each lines up with the other side's.
    <section className="contents" aria-labelledby={`compare-${id}`} data-testid="compare-side" data-arch={id}>
      <div className={`${at} ${edge} border-b-2 border-line bg-surface px-3 py-2 md:row-start-1`}>
        <h2 id={`compare-${id}`} className="text-lg font-bold">
          <a href={archHref(id)} className="text-fg underline">
            {architecture.name}
          </a>
        </h2>
        <p className="text-sm font-semibold text-accent">{model?.name}</p>
      </div>
      <div className={`${at} ${edge} relative h-[clamp(7.5rem,20vh,28rem)] border-line md:row-start-2`}>
        <GraphCanvas
          label={`${architecture.name}: ${describeCut(architecture, resolution)}`}
          nodes={flow.nodes}
          edges={flow.edges}
          view={null}
          centralDown={resolution.centralDown}
          minimap={false}
          controls={false}
          embedded={embed}
        />
      </div>
      <div className="contents" data-testid="compare-summary">
        <div className={`${at} ${edge} border-line bg-surface px-3 pt-3 text-sm md:row-start-4`}>
          <p className="font-semibold">{describeScenario(architecture, resolved)}</p>
          {site && (
            <p>
              Per edge site ({site.siteName}):{' '}
              <StatusCounts counts={site.counts} words={['keep working', 'degraded', 'stop']} />
            </p>
          )}
        </div>
        <div className={`${at} ${edge} border-line bg-surface px-3 pt-2 text-sm md:row-start-5`}>
          {site ? (
            <>
              <h3 className="font-semibold text-ok">What an edge site keeps ({site.siteName})</h3>
              <ul className="list-disc pl-5">
                {keeps.map((c) => (
                  <li key={c.id}>
                    <strong>{c.name}</strong>: {firstSentence(c.disconnected.impact)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            model?.edgeKeeps && (
              <>
                <h3 className="font-semibold">In the {model.name} model, an edge site cut off from central keeps:</h3>
                <ul className="list-disc pl-5">
                  {model.edgeKeeps.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            )
          )}
        </div>
        <div className={`${at} ${edge} border-line bg-surface px-3 pt-2 pb-4 text-sm md:row-start-6`}>
          {site && site.byStatus.unavailable.length > 0 && (
            <>
              <h3 className="font-semibold text-bad">What it loses</h3>
              <ul className="list-disc pl-5">
                {site.byStatus.unavailable.map((c) => (
                  <li key={c.id}>
                    <strong>{c.name}</strong>: {firstSentence(c.disconnected.impact)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
