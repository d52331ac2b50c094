import type { PathSegment } from './load.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Data path such as `components[3].site`; `(file)` for problems with the file as a whole. */
  path: string;
  message: string;
  severity: Severity;
}

/** The longest value a report line quotes in full; longer ones are cut there, with an ellipsis. */
export const MAX_QUOTED = 80;
/** A report line's message never exceeds this, whatever it quotes. */
export const MAX_MESSAGE = 600;

/**
 * A piece of text made safe for one line of a report: line breaks, control characters, bidirectional
 * controls and invisible format characters become visible escapes (`\n`, `\u202E`), so that a line
 * shows what the file holds and can never be split or reordered by what it quotes.
 */
export function printable(text: string): string {
  return (
    text
      .replace(
        // oxlint-disable-next-line no-control-regex -- escaping control characters is the point
        /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u2800\u3164\uFEFF\uFFA0]/g,
        (char) => {
          if (char === '\n') return '\\n';
          if (char === '\r') return '\\r';
          if (char === '\t') return '\\t';
          return escape(char);
        },
      )
      .replace(/(?<![\p{L}\p{N}\p{M}])\p{M}+/gu, (marks) => [...marks].map(escape).join(''))
      // Noncharacters and lone surrogates: a terminal shows them as nothing or as U+FFFD.
      .replace(/[\p{Noncharacter_Code_Point}\p{Cs}]/gu, escape)
  );
}

/** `\u200B`, or `\u{1D167}` beyond the basic plane. */
const escape = (char: string) => {
  const code = char.codePointAt(0)!;
  return code > 0xffff
    ? `\\u{${code.toString(16).toUpperCase()}}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

/** The first `max` characters of text (never half a surrogate pair), then `…` if anything was cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, cut)}…`;
}

/** A value as a report quotes it: in double quotes, on one line, at most `MAX_QUOTED` characters. */
export const quote = (value: string, max = MAX_QUOTED): string => `"${shorten(printable(value), max)}"`;

/**
 * A chain of ids for a report line, `a → b → c`; a long one as its first three and last two links
 * around a count of those left out, so that a line stays short whatever the chain's length.
 */
export function shortChain(ids: readonly string[]): string {
  if (ids.length <= 6) return ids.map(chainLink).join(' → ');
  return gappedChain(ids.slice(0, 3), ids.length - 5, ids.slice(-2));
}

/** A chain known by its first and last links and the number of links between them. */
export function gappedChain(head: readonly string[], hidden: number, tail: readonly string[]): string {
  return [...head.map(chainLink), `… ${hidden} more …`, ...tail.map(chainLink)].join(' → ');
}

const chainLink = (id: string) => quote(id).slice(1, -1);

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (!PLAIN_KEY.test(segment)) return `[${quote(segment, 40)}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join('');
}

/**
 * One line per problem: `file:line:column  path  reason`, the form editors and CI logs link from.
 * Whatever a file name, key or value holds, the result is one line of bounded length.
 */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  const file = printable(problem.file);
  const path = shorten(printable(problem.path), 120);
  const message = shorten(printable(problem.message), MAX_MESSAGE);
  return `${file}:${problem.line}:${problem.column}  ${path}  ${prefix}${message}`;
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
