/**
 * Durations of a cut, as the data and the URL write them ("40s", "5m", "1h", "30d") and as people
 * read them ("40 s", "5 min", "1 h", "30 days"). Shared by the build (validation) and the browser.
 */
import { formatCount } from './format';
const unitSeconds = { s: 1, m: 60, h: 3600, d: 86400 } as const;
type Unit = keyof typeof unitSeconds;

export const DURATION_PATTERN = /^[1-9][0-9]{0,5}(s|m|h|d)$/;

// The data writes a handful of durations, read for each of thousands of components on every cut.
const parsed = new Map<string, number | null>();

/** Seconds in a duration such as "5m"; null when it is not one. */
export function parseDuration(text: string): number | null {
  let seconds = parsed.get(text);
  if (seconds !== undefined) return seconds;
  seconds = DURATION_PATTERN.test(text) ? Number(text.slice(0, -1)) * unitSeconds[text.slice(-1) as Unit] : null;
  // Bounded: links can bring any number of other texts.
  if (parsed.size > 500) parsed.clear();
  parsed.set(text, seconds);
  return seconds;
}

/** The shortest exact form for a URL: 300 → "5m", 90 → "90s". */
export function formatDuration(seconds: number): string {
  for (const unit of ['d', 'h', 'm'] as const) {
    if (seconds % unitSeconds[unit] === 0) return `${seconds / unitSeconds[unit]}${unit}`;
  }
  return `${seconds}s`;
}

const words: Record<Unit, [string, string]> = { s: ['s', 's'], m: ['min', 'min'], h: ['h', 'h'], d: ['day', 'days'] };
/** For people: 40 → "40 s", 300 → "5 min", 2592000 → "30 days". */
export function describeDuration(seconds: number): string {
  const compact = formatDuration(seconds);
  const n = Number(compact.slice(0, -1));
  const [one, many] = words[compact.slice(-1) as Unit];
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
