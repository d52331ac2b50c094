/**
 * What changes when, for every architecture on one time axis (30 s to a year, logarithmic): a mark at
 * each moment its data documents, in the colour of the state it brings, named on hover and for screen
 * readers. One picture of "what changes with time" for the whole board.
 */
import type { Architecture, Status } from '../../model/schema';
import { describeDuration, parseDuration } from '../../model/duration';
import { statusLook } from '../../ui/statusLook';

const LOW = 30;
const HIGH = 365 * 86400;
/** Where a time falls on the axis, 0 to 1. */
export const axisAt = (seconds: number) =>
  Math.min(1, Math.max(0, (Math.log(Math.max(seconds, LOW)) - Math.log(LOW)) / (Math.log(HIGH) - Math.log(LOW))));
const TICKS = [30, 60, 600, 3600, 86400, 7 * 86400, 30 * 86400, 365 * 86400];
const rank: Record<Status, number> = { operational: 2, degraded: 1, unavailable: 0 };

interface Moment {
  seconds: number;
  worst: Status;
  changes: string[];
}

/** An architecture's documented moments, each with the worst state it brings and what changes. */
export function momentsWithChanges(arch: Pick<Architecture, 'components'>): Moment[] {
  const byTime = new Map<number, Moment>();
  for (const c of arch.components)
    for (const m of c.disconnected.timeline ?? []) {
      const seconds = parseDuration(m.after) ?? 0;
      const entry = byTime.get(seconds) ?? { seconds, worst: 'operational' as Status, changes: [] };
      if (rank[m.status] < rank[entry.worst]) entry.worst = m.status;
      entry.changes.push(`${c.name}: ${m.change}`);
      byTime.set(seconds, entry);
    }
  return [...byTime.values()].sort((a, b) => a.seconds - b.seconds);
}

export function MomentStrip({ architectures }: { architectures: readonly Architecture[] }) {
  return (
    <section aria-labelledby="strip-title" className="flex flex-col gap-1" data-testid="moment-strip">
      <h2 id="strip-title" className="text-lg font-bold">
        What changes when, in a long cut
      </h2>
      <div className="grid grid-cols-[minmax(7rem,14rem)_1fr] items-center gap-x-3 gap-y-2 text-sm">
        {architectures.map((arch) => {
          const moments = momentsWithChanges(arch);
          return (
            <div key={arch.id} className="contents" data-testid="strip-row" data-arch={arch.id}>
              <span className="truncate font-semibold">{arch.name}</span>
              <ol
                className="relative h-6 border-b-2 border-line"
                aria-label={`${arch.name}: ${moments.length} documented moments`}
              >
                {moments.map((m) => (
                  <li
                    key={m.seconds}
                    className={`absolute top-0.5 h-5 w-2.5 -translate-x-1/2 rounded-sm border-2 ${statusLook[m.worst].bg} ${statusLook[m.worst].border}`}
                    style={{ left: `${axisAt(m.seconds) * 100}%` }}
                    title={`After ${describeDuration(m.seconds)}:\n${m.changes.join('\n')}`}
                    data-testid="strip-moment"
                    data-seconds={m.seconds}
                  >
                    <span className="sr-only">
                      After {describeDuration(m.seconds)}: {m.changes.length} change{m.changes.length === 1 ? '' : 's'},
                      the worst {statusLook[m.worst].word.toLowerCase()}.
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
        <span />
        <ol className="relative h-5 text-sm text-muted" aria-hidden="true">
          {TICKS.map((t) => (
            <li
              key={t}
              className={`absolute ${t === LOW ? '' : t === HIGH ? '-translate-x-full' : '-translate-x-1/2'}`}
              style={{ left: `${axisAt(t) * 100}%` }}
            >
              {describeDuration(t)}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
