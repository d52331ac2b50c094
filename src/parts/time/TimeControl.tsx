/**
 * How long the cut has lasted: a stepped slider over a ladder of round times (30 s … a year) and every
 * moment the architecture's data documents (a timer firing, a token or certificate expiring), which
 * are marked and labelled. Keyboard operable (a native range input: arrows step, Home and End); the
 * choice is `?t=` in the URL, and a link may hold any time.
 */
import { useId, useMemo } from 'react';
import { describeDuration } from '../../model/duration';
import type { GraphArchitecture } from '../../model/dataset';
import { momentsOf, timeStops } from '../../simulation/timeline';
import { selectTime, setTime, useExplorer } from '../../url/store';

/** The stop a time falls on: the last one that has begun. */
export const stopAt = (stops: readonly number[], t: number) =>
  stops.reduce((found, stop, i) => (stop <= t ? i : found), 0);

export function TimeControl({
  architectures,
  compact = false,
}: {
  architectures: readonly Pick<GraphArchitecture, 'components'>[];
  compact?: boolean;
}) {
  const t = useExplorer(selectTime) ?? 0;
  const moments = useMemo(() => new Set(architectures.flatMap((a) => momentsOf(a))), [architectures]);
  const stops = useMemo(() => timeStops(architectures, t), [architectures, t]);
  const id = useId();
  if (moments.size === 0) {
    return (
      <p className="text-sm text-muted" data-testid="time-control">
        Nothing in this architecture’s data changes with the length of the cut.
      </p>
    );
  }
  const index = stopAt(stops, t);
  // The latest documented moment the time has reached: it decides the states.
  const passed = [...moments].filter((m) => m <= t).sort((a, b) => b - a)[0] ?? null;
  const documented = [...moments].sort((a, b) => a - b);
  const words = (seconds: number) => (seconds === 0 ? 'just cut' : describeDuration(seconds));
  return (
    <div
      className={`flex flex-col gap-1 ${compact ? '' : 'rounded-lg border-2 border-line p-2'}`}
      data-testid="time-control"
    >
      <label htmlFor={id} className="flex items-baseline justify-between gap-2 text-sm font-semibold">
        <span>Time into the cut</span>
        <span className="text-accent" data-testid="time-value">
          {t === 0
            ? 'just cut'
            : `${describeDuration(t)}${passed !== null && passed !== t ? ` (past ${words(passed)})` : ''}`}
        </span>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={stops.length - 1}
        step={1}
        value={index}
        list={`${id}-stops`}
        aria-valuetext={stops[index] === 0 ? 'Just cut' : `${describeDuration(stops[index]!)} into the cut`}
        onChange={(event) => {
          const next = stops[Number(event.target.value)] ?? 0;
          setTime(next === 0 ? null : next);
        }}
        className="w-full accent-[var(--accent)]"
      />
      <datalist id={`${id}-stops`}>
        {documented.map((moment) => (
          <option key={moment} value={stops.indexOf(moment)} label={words(moment)}>
            {words(moment)}
          </option>
        ))}
      </datalist>
      {/* The documented moments, where they fall on the slider; the round times between them have no label. */}
      <ol className="relative h-7 text-[11px] leading-tight text-muted" aria-label="Documented moments">
        {[0, ...documented].map((moment, i) => {
          const at = stops.indexOf(moment) / (stops.length - 1);
          return (
            <li
              key={moment}
              className={`absolute ${i % 2 ? 'top-3.5' : 'top-0'} ${at > 0.85 ? '-translate-x-full' : at > 0.1 ? '-translate-x-1/2' : ''} whitespace-nowrap ${moment === passed || (moment === 0 && t === 0) ? 'font-bold text-fg' : ''}`}
              style={{ left: `${at * 100}%` }}
              data-testid="time-moment"
            >
              {words(moment)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
