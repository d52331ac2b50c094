/**
 * The board: every architecture the data holds, side by side under one condition (every edge site cut
 * off unless the link says otherwise), capability by capability, derived by the same engine as every
 * other page. Rows where the architectures differ are marked; each answer opens its architecture at
 * that cut and time with the component that limits it selected. "Over time" shows the same table at
 * several moments; the strip below shows when each architecture's documented moments fall. Exported
 * as one slide-sized picture (PNG, SVG) and as Markdown.
 */
import { Suspense, useMemo } from 'react';
import { useAllBundles, useCapabilities } from '../../dataset/access';
import type { Cut } from '../../simulation/cut';
import { NO_CUT } from '../../simulation/cut';
import { CapabilityTable } from '../../parts/capabilities/CapabilityTable';
import { catalogueOf } from '../../parts/capabilities/catalogue';
import { ConditionsControl } from '../../parts/conditions/ConditionsControl';
import { ShareButton } from '../../parts/share/ShareButton';
import { useEmbedLinks } from '../../parts/share/embedLinks';
import { TimeControl } from '../../parts/time/TimeControl';
import { Loading } from '../../ui/Loading';
import { buttonClass } from '../../ui/buttonClass';
import { selectEmbed, setChoices, useExplorer, useScenario, type ExplorerState } from '../../url/store';
import { BoardOverTime } from '../../parts/board/BoardOverTime';
import { boardCondition } from '../../parts/board/boardCondition';
import { BoardExport } from './BoardExport';
import { MomentStrip } from '../../parts/board/MomentStrip';
import { AddToDeck } from '../../parts/deck/AddToDeck';

const cuts: { cut: Cut; label: string }[] = [
  { cut: { kind: 'all' }, label: '✂ Every edge site cut off' },
  { cut: { kind: 'central' }, label: '✕ Central site failed' },
  { cut: NO_CUT, label: 'Nothing cut' },
];

/** The moments "over time" shows when the reader has chosen none. */
export const DEFAULT_TIMES = [0, 600, 86400, 30 * 86400];
const selectAt = (s: ExplorerState) => s.choices.at;

export function BoardPage() {
  const embed = useExplorer(selectEmbed);
  useEmbedLinks(embed);
  return (
    <div className="flex flex-col gap-4 px-3 py-3 md:px-6" data-testid="board">
      <Suspense fallback={<Loading what="the board" />}>
        <Board embed={embed} />
      </Suspense>
    </div>
  );
}

function Board({ embed }: { embed: boolean }) {
  const scenario = useScenario();
  const at = useExplorer(selectAt);
  const bundles = useAllBundles();
  const architectures = useMemo(() => bundles.map((b) => b.architecture), [bundles]);
  const catalogue = useCapabilities();
  const capabilities = useMemo(() => catalogueOf(architectures, catalogue), [architectures, catalogue]);
  const first = architectures[0]!;
  const condition = useMemo(() => boardCondition(first, scenario, at), [first, scenario, at]);
  const overTime = at !== null;
  return (
    <>
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-72">
          <h1 className="text-2xl font-bold">What each architecture keeps at a cut-off edge site</h1>
          <p className="font-semibold text-warn" data-testid="board-condition">
            {condition}
          </p>
        </div>
        {!embed && (
          <div className="flex flex-wrap items-center gap-1.5">
            <fieldset className="flex flex-wrap gap-1">
              <legend className="sr-only">The cut, in every architecture</legend>
              {cuts.map((c) => (
                <button
                  key={c.cut.kind}
                  type="button"
                  aria-pressed={scenario.cut.kind === c.cut.kind}
                  onClick={() => setChoices({ cut: c.cut, ...(c.cut.kind === 'none' ? { t: null } : {}) })}
                  className={`rounded-md border-2 px-2 py-0.5 font-semibold ${scenario.cut.kind === c.cut.kind ? 'border-accent bg-surface-2' : 'border-line'}`}
                >
                  {c.label}
                </button>
              ))}
            </fieldset>
            <ConditionsControl architectures={architectures} />
            <button
              type="button"
              className={`${buttonClass} border-line`}
              aria-pressed={overTime}
              onClick={() => setChoices({ at: overTime ? null : DEFAULT_TIMES })}
              data-testid="board-over-time-toggle"
            >
              {overTime ? 'One moment' : 'Over time'}
            </button>
            <AddToDeck what="Board" />
            <BoardExport architectures={architectures} capabilities={capabilities} scenario={scenario} times={at} />
            <ShareButton title="Board, Edge Architecture Explorer" />
          </div>
        )}
      </header>
      {!overTime && scenario.cut.kind !== 'none' && !embed && (
        <div className="max-w-4xl">
          <TimeControl architectures={architectures} />
        </div>
      )}
      {overTime ? (
        <BoardOverTime architectures={architectures} capabilities={capabilities} scenario={scenario} times={at} />
      ) : (
        <CapabilityTable
          architectures={architectures}
          scenario={scenario}
          heading="Capability by capability"
          linked
          marked
        />
      )}
      <MomentStrip architectures={architectures} />
    </>
  );
}
