/**
 * How long the cut has lasted: a stepped slider over a ladder of round times (30 s … a year) and every
 * moment the architecture's data documents (a timer firing, a token or certificate expiring), which
 * are marked and labelled. Keyboard operable (a native range input: arrows step, Home and End); the
 * choice is `?t=` in the URL, and a link may hold any time.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { describeDuration } from '../../model/duration';
import type { GraphArchitecture } from '../../model/dataset';
import { momentsOf, timeStops } from '../../simulation/timeline';
import { selectTime, setTime, useExplorer } from '../../url/store';

/** Label size in px; a character's width is estimated from it (the labels are short words and digits). */
const LABEL_PX = 12;
const CHAR_PX = LABEL_PX * 0.56;

/**
 * Which labels to draw, on which of two rows, so none overlaps another at this width: greedily, left
 * to right, the moment reached (bold) first. A moment without a label keeps its tick on the slider.
 */
export function placeLabels(
  labels: readonly { at: number; text: string; strong: boolean }[],
  width: number,
): (0 | 1 | null)[] {
  const span = (l: { at: number; text: string }) => {
    const w = l.text.length * CHAR_PX + 6;
    const x = l.at * width;
    // As drawn: the first ones from their left edge, the last ones to their right edge, the rest centred.
    const left = l.at > 0.85 ? x - w : l.at > 0.1 ? x - w / 2 : x;
    return [left, left + w] as const;
  };
  const rows: (readonly [number, number])[][] = [[], []];
  const placed: (0 | 1 | null)[] = labels.map(() => null);
  const order = labels.map((_, i) => i).sort((a, b) => Number(labels[b]!.strong) - Number(labels[a]!.strong));
  for (const i of order) {
    const [a, b] = span(labels[i]!);
    const row = ([0, 1] as const).find((r) => rows[r]!.every(([c, d]) => b <= c || a >= d));
    if (row === undefined) continue;
    rows[row]!.push([a, b]);
    placed[i] = row;
  }
  return placed;
}

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
  const [ruler, setRuler] = useState<HTMLOListElement | null>(null);
  const [width, setWidth] = useState(480);
  useEffect(() => {
    if (!ruler) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry!.contentRect.width));
    observer.observe(ruler);
    return () => observer.disconnect();
  }, [ruler]);
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
  const labels = [0, ...documented].map((moment) => ({
    moment,
    at: stops.indexOf(moment) / (stops.length - 1),
    text: words(moment),
    strong: moment === passed || (moment === 0 && t === 0),
  }));
  const rows = placeLabels(labels, width);
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
      <ol ref={setRuler} className="relative h-8 text-[12px] leading-tight text-muted" aria-label="Documented moments">
        {labels.map((label, i) =>
          rows[i] === null ? (
            <li key={label.moment} className="sr-only" data-testid="time-moment">
              {label.text}
            </li>
          ) : (
            <li
              key={label.moment}
              className={`absolute ${rows[i] ? 'top-4' : 'top-0'} ${label.at > 0.85 ? '-translate-x-full' : label.at > 0.1 ? '-translate-x-1/2' : ''} whitespace-nowrap ${label.strong ? 'font-bold text-fg' : ''}`}
              style={{ left: `${label.at * 100}%` }}
              data-testid="time-moment"
            >
              {label.text}
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
