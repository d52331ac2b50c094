/**
 * How long the cut has lasted: a stepped slider with a stop at "just cut" and at every moment the
 * architecture's data documents (a timer firing, a token or certificate expiring). Keyboard operable
 * (it is a native range input); the choice is `?t=` in the URL.
 */
import { useId, useMemo } from 'react';
import { describeDuration } from '../../model/duration';
import type { GraphArchitecture } from '../../model/dataset';
import { momentsOf } from '../../simulation/timeline';
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
  const stops = useMemo(
    () => [0, ...new Set(architectures.flatMap((a) => momentsOf(a)))].sort((a, b) => a - b),
    [architectures],
  );
  const id = useId();
  if (stops.length < 2) {
    return (
      <p className="text-sm text-muted" data-testid="time-control">
        Nothing in this architecture’s data changes with the length of the cut.
      </p>
    );
  }
  const index = stopAt(stops, t);
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
            : `${describeDuration(t)}${stops[index] !== t ? ` (past ${words(stops[index]!)})` : ''}`}
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
        {stops.map((stop, i) => (
          <option key={stop} value={i} label={words(stop)}>
            {words(stop)}
          </option>
        ))}
      </datalist>
      <ol className="flex justify-between text-[11px] leading-tight text-muted" aria-hidden="true">
        {stops.map((stop, i) => (
          <li key={stop} className={i === index ? 'font-bold text-fg' : ''}>
            {words(stop)}
          </li>
        ))}
      </ol>
    </div>
  );
}
