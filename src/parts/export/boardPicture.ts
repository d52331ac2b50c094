/**
 * The board (or any capability table) as one slide-sized picture: plain SVG shapes and text, 1920 px
 * wide, every text at least 22 px (14 px or more on a 1280×720 share), with the title, the condition,
 * a row per capability and a column per architecture, the legend and a source line with the link.
 * Pure: text is wrapped with a measure the caller gives (the canvas in the browser).
 */
import type { Column } from '../capabilities/answers';
import { limitedByNames, stateIcon, stateWord } from '../capabilities/answers';
import type { CapabilityInfo } from '../capabilities/catalogue';
import type { Palette } from './palette';
import { escapeXml, FONT_FAMILY } from './picture';

export const BOARD_WIDTH = 1920;
export const BOARD_MIN_HEIGHT = 1080;
const PAD = 48;
const FONT = { title: 44, condition: 28, head: 24, row: 24, cell: 22, small: 22 };
const LINE = 1.25;

export interface BoardPictureInput {
  title: string;
  condition: string;
  capabilities: readonly CapabilityInfo[];
  columns: readonly Column[];
  /** The view the picture is of. */
  link: string;
  palette: Palette;
  /** The width of a text at a size (weight 600); the browser measures, tests estimate. */
  measure: (text: string, size: number) => number;
  /** @font-face rules to embed (a PNG is drawn from the SVG, which loads nothing itself). */
  fontCss?: string;
  /** The table alone: a slide has its own title, condition, legend and link. */
  bare?: boolean;
  /**
   * The board over time: per architecture (in `columns`' order) its column at each moment, named by
   * `labels`; each cell is then the state's mark alone.
   */
  overTime?: { labels: readonly string[]; columns: readonly (readonly Column[])[] };
}

export interface BoardPicture {
  svg: string;
  width: number;
  height: number;
  /** Every text drawn, with its size: what a test checks for legibility. */
  texts: { text: string; size: number }[];
}

/** Words into lines no wider than `width` (a word longer than a line is cut with an ellipsis). */
function wrap(text: string, size: number, width: number, measure: BoardPictureInput['measure'], most = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > most) {
    const kept = lines.slice(0, most);
    let last = kept[most - 1]!;
    while (last && measure(`${last}…`, size) > width) last = last.slice(0, -1).trimEnd();
    kept[most - 1] = `${last}…`;
    return kept;
  }
  return lines;
}

/** `text` then `suffix` in `width`, the text shortened with an ellipsis so the suffix ("+3") always shows. */
function withSuffix(text: string, suffix: string, width: number, measure: BoardPictureInput['measure']): string {
  if (measure(text + suffix, FONT.cell) <= width) return text + suffix;
  let kept = text;
  while (kept.length > 1 && measure(`${kept}…${suffix}`, FONT.cell) > width) kept = kept.slice(0, -1).trimEnd();
  return `${kept}…${suffix}`;
}

const stateColours = (p: Palette, state: string) =>
  state === 'operational' || state === 'connected'
    ? { fill: p.okBg, stroke: p.ok, text: p.ok }
    : state === 'degraded'
      ? { fill: p.warnBg, stroke: p.warn, text: p.warn }
      : state === 'unavailable'
        ? { fill: p.badBg, stroke: p.bad, text: p.bad }
        : { fill: p.surface, stroke: p.border, text: p.muted };

export function buildBoardPicture(input: BoardPictureInput): BoardPicture {
  const { palette: p, measure, columns, capabilities } = input;
  const texts: BoardPicture['texts'] = [];
  const parts: string[] = [];
  const text = (x: number, y: number, value: string, size: number, fill: string, weight = 600, anchor = 'start') => {
    texts.push({ text: value, size });
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(value)}</text>`,
    );
  };

  const bare = input.bare ?? false;
  let y = bare ? 0 : PAD + FONT.title;
  if (!bare) {
    for (const line of wrap(input.title, FONT.title, BOARD_WIDTH - 2 * PAD, measure, 2)) {
      text(PAD, y, line, FONT.title, p.text, 700);
      y += FONT.title * LINE;
    }
    text(PAD, y + 4, input.condition, FONT.condition, p.warn, 700);
    y += FONT.condition * LINE + 24;
  }

  const firstWidth = 360;
  const columnWidth = (BOARD_WIDTH - 2 * PAD - firstWidth) / Math.max(1, columns.length);
  const xOf = (i: number) => PAD + firstWidth + i * columnWidth;
  // The header: the architectures' names.
  const headLines = columns.map((c) => wrap(c.architecture.name, FONT.head, columnWidth - 24, measure, 3));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * FONT.head * LINE + 16;
  parts.push(
    `<rect x="${PAD}" y="${y}" width="${BOARD_WIDTH - 2 * PAD}" height="${headHeight}" fill="${p.surface}" stroke="${p.border}" stroke-width="2"/>`,
  );
  text(PAD + 12, y + FONT.head + 8, 'Capability', FONT.head, p.muted, 700);
  headLines.forEach((lines, i) =>
    lines.forEach((line, k) =>
      text(xOf(i) + 12, y + FONT.head + 8 + k * FONT.head * LINE, line, FONT.head, p.text, 700),
    ),
  );
  y += headHeight;
  const over = input.overTime;
  if (over) {
    const rowHead = FONT.cell * LINE + 12;
    parts.push(
      `<rect x="${PAD}" y="${y}" width="${BOARD_WIDTH - 2 * PAD}" height="${rowHead}" fill="${p.surface}" stroke="${p.border}" stroke-width="1"/>`,
    );
    const slot = columnWidth / over.labels.length;
    columns.forEach((_, i) =>
      over.labels.forEach((label, k) =>
        text(xOf(i) + (k + 0.5) * slot, y + FONT.cell + 6, label, FONT.cell, p.muted, 600, 'middle'),
      ),
    );
    y += rowHead;
    for (const capability of capabilities) {
      const titleRows = wrap(capability.title, FONT.row, firstWidth - 24, measure, 2);
      const rowHeight = Math.max(titleRows.length * FONT.row * LINE, 40) + 16;
      parts.push(
        `<rect x="${PAD}" y="${y}" width="${BOARD_WIDTH - 2 * PAD}" height="${rowHeight}" fill="${p.background}" stroke="${p.border}" stroke-width="1"/>`,
      );
      titleRows.forEach((line, k) =>
        text(PAD + 12, y + 8 + FONT.row + k * FONT.row * LINE, line, FONT.row, p.text, 700),
      );
      over.columns.forEach((moments, i) =>
        moments.forEach((column, k) => {
          const answers = column.answers.get(capability.id) ?? [];
          const worst = [...answers].sort((a, b) => rank(a.result.state) - rank(b.result.state))[0];
          const state = worst?.result.state ?? 'missing';
          const c = stateColours(p, state);
          const cx = xOf(i) + (k + 0.5) * slot;
          parts.push(
            `<rect x="${(cx - 22).toFixed(1)}" y="${y + 8}" width="44" height="36" rx="6" fill="${c.fill}" stroke="${c.stroke}" stroke-width="2"/>`,
          );
          text(cx, y + 34, worst ? stateIcon[state as keyof typeof stateIcon] : '–', FONT.cell, c.text, 700, 'middle');
        }),
      );
      y += rowHeight;
    }
  }

  // A row per capability: its title, then per architecture the state and what limits it.
  for (const capability of over ? [] : capabilities) {
    const titleRows = wrap(capability.title, FONT.row, firstWidth - 24, measure, 2);
    const cells = columns.map((c) => {
      const answers = c.answers.get(capability.id) ?? [];
      const answer = answers[0];
      if (!answer) return { state: 'missing', word: 'Not described', lines: [] as string[] };
      const worst = [...answers].sort((a, b) => rank(a.result.state) - rank(b.result.state))[0]!;
      const { state } = worst.result;
      // Why, in one line: what limits a state that is not whole, or why it is not provided.
      const limits = state === 'degraded' || state === 'unavailable' ? limitedByNames(c.architecture, worst) : [];
      const room = columnWidth - 24;
      const why =
        limits.length > 0
          ? withSuffix(`by ${limits[0]}`, limits.length > 1 ? ` +${limits.length - 1}` : '', room, measure)
          : state === 'not-provided'
            ? (worst.result.notProvided ?? '')
            : answers.length > 1
              ? 'differs between sites'
              : '';
      return {
        state,
        word: `${stateIcon[state]} ${stateWord[state]}`,
        lines: why ? wrap(why, FONT.cell, room, measure, 1) : [],
      };
    });
    const rowHeight =
      Math.max(
        titleRows.length * FONT.row * LINE,
        44 + Math.max(0, ...cells.map((c) => c.lines.length)) * FONT.cell * LINE,
      ) + 20;
    parts.push(
      `<rect x="${PAD}" y="${y}" width="${BOARD_WIDTH - 2 * PAD}" height="${rowHeight}" fill="${p.background}" stroke="${p.border}" stroke-width="1"/>`,
    );
    titleRows.forEach((line, k) =>
      text(PAD + 12, y + 10 + FONT.row + k * FONT.row * LINE, line, FONT.row, p.text, 700),
    );
    cells.forEach((cell, i) => {
      const c = stateColours(p, cell.state);
      const word = cell.word.length > 40 ? `${cell.word.slice(0, 39)}…` : cell.word;
      const w = Math.min(columnWidth - 24, measure(word, FONT.cell) + 20);
      parts.push(
        `<rect x="${xOf(i) + 12}" y="${y + 10}" width="${w.toFixed(1)}" height="36" rx="6" fill="${c.fill}" stroke="${c.stroke}" stroke-width="2"/>`,
      );
      text(xOf(i) + 22, y + 10 + 26, word, FONT.cell, c.text, 700);
      cell.lines.forEach((line, k) =>
        text(xOf(i) + 12, y + 56 + FONT.cell * 0.8 + k * FONT.cell * LINE, line, FONT.cell, p.muted, 400),
      );
    });
    y += rowHeight;
  }
  if (bare) return finish(parts, texts, p, y, 0, input.fontCss);

  // The legend, and the source line.
  y += 36;
  let x = PAD;
  for (const state of ['operational', 'degraded', 'unavailable', 'not-provided'] as const) {
    const c = stateColours(p, state);
    const word = `${stateIcon[state]} ${stateWord[state]}`;
    const w = measure(word, FONT.small) + 20;
    parts.push(
      `<rect x="${x}" y="${y - 26}" width="${w.toFixed(1)}" height="36" rx="6" fill="${c.fill}" stroke="${c.stroke}" stroke-width="2"/>`,
    );
    text(x + 10, y, word, FONT.small, c.text, 700);
    x += w + 16;
  }
  text(
    x + 8,
    y,
    over ? 'Each mark: the state at that moment.' : '“by …”: the component that limits it, and how many more (+N).',
    FONT.small,
    p.muted,
    400,
  );
  y += 48;
  const source = `From the Edge Architecture Explorer: ${input.link}`;
  for (const line of wrap(source, FONT.small, BOARD_WIDTH - 2 * PAD, measure, 3)) {
    text(PAD, y, line, FONT.small, p.accent, 400);
    y += FONT.small * LINE;
  }
  return finish(parts, texts, p, y + PAD, BOARD_MIN_HEIGHT, input.fontCss);
}

function finish(
  parts: string[],
  texts: BoardPicture['texts'],
  p: Palette,
  bottom: number,
  least: number,
  fontCss?: string,
): BoardPicture {
  const height = Math.max(least, Math.ceil(bottom));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${BOARD_WIDTH}" height="${height}" viewBox="0 0 ${BOARD_WIDTH} ${height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    ...(fontCss ? [`<style>${fontCss}</style>`] : []),
    `<rect width="${BOARD_WIDTH}" height="${height}" fill="${p.background}"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width: BOARD_WIDTH, height, texts };
}

const order = ['unavailable', 'degraded', 'not-provided', 'operational', 'not-at-site', 'connected'];
const rank = (state: string) => order.indexOf(state);
