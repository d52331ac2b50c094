/**
 * Every URL parameter in one table: the pages it applies to, how it is read (with the notice a bad
 * value gets), how it is written, and an example value. The codec (codec.ts) derives the parser and
 * the serialiser from this table, and the tests their round trips and hostile links. A new parameter
 * is an entry here and a field of `Choices` with its default in `defaultChoices` (both below: the
 * compiler requires the default, and codec.test.ts that some parameter sets the field).
 */
import { formatCount } from '../model/format';
import { parseDuration, formatDuration } from '../model/duration';
import { MAX_FLEET_SITES, MAX_LINK_ID_LENGTH, MAX_RTT_MS } from '../model/vocabulary';
import { NO_CUT, type Cut } from '../simulation/cut';
import { coverageSorts, type CoverageSort } from '../simulation/coverage';
import { allPages, graphPages, type Page, type Route } from './pages';
import { decodeDeck, encodeDeck, type Slide } from './deck';
import { MIN_ZOOM } from '../model/firstView';
import { appliedThemes, type AppliedTheme } from '../model/theme';

export * from './pages';

/**
 * What part of the diagram is on screen. `diagram`: the centre in diagram coordinates and the zoom
 * relative to "fit the whole diagram", so a receiver with another window size sees the same region.
 * `screen`: the older form (pan in the sender's screen pixels and an absolute zoom), still read.
 */
export type Viewport =
  { kind: 'diagram'; cx: number; cy: number; scale: number } | { kind: 'screen'; x: number; y: number; zoom: number };

/** The themes a page can be drawn in (the class on the root element, see ui/theme.ts). */
export { appliedThemes, type AppliedTheme };
export type Theme = 'system' | AppliedTheme;
export const themes: readonly Theme[] = ['system', ...appliedThemes];

/** The matrix's row orders are the coverage sorts of the simulation. */
export type MatrixSort = CoverageSort;
const matrixSorts = coverageSorts;

/** Links that just came back: edge sites, or the central site. */
export interface Back {
  sites: string[];
  central: boolean;
}

/**
 * Stepping back into a step shows its last part, whatever the number of parts turns out to be on the
 * canvas it lands on (the caption band, and so the frames, change with the step).
 */
export const LAST_PART = 99;

export interface Choices {
  route: Route;
  node: string | null;
  cut: Cut;
  /** Seconds since the cut began (null: just cut); with `back`, how long the cut had lasted. */
  t: number | null;
  /** The links that just came back, whose reconnect story is told (null: none). */
  back: Back | null;
  /** The WAN's round-trip time in ms (0: as documented, no slow WAN). */
  rtt: number;
  /** The site being upgraded: a site id, `central`, or `edge` (the first edge site); null: none. */
  upgrade: string | null;
  /** The upgraded site has spare capacity (a surge machine, a second box). */
  spare: boolean;
  view: Viewport | null;
  theme: Theme | null;
  step: number | null;
  /** The part of a tour step shown, when the step is shown in parts (null: the first; LAST_PART: the last). */
  part: number | null;
  sites: number | null;
  embed: boolean;
  left: string | null;
  right: string | null;
  sort: MatrixSort;
  /** The matrix lists the components in every cell instead of a mark and a count. */
  matrixList: boolean;
  /** The board's moments as columns (seconds into the cut), or null: one moment, `t`. */
  at: number[] | null;
  /** The deck's slides (the deck page), or null: the deck collected in this browser. */
  deck: Slide[] | null;
  /** The editor's file, compressed (see features/edit/fileLink.ts), or null: the file being edited in this browser. */
  file: string | null;
  /** The editor starts from a copy of this shipped architecture. */
  from: string | null;
}

export { MIN_ZOOM };
export const MAX_ZOOM = 4;
/** The longest shared file a link may carry, compressed (a 2 MiB file compresses to about this). */
export const MAX_FILE_LINK = 400_000;
/** Zoom relative to fit that a link may ask for. */
const MAX_SCALE = 9999;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isId = (value: string) => value.length <= MAX_LINK_ID_LENGTH && ID.test(value);

/** A value as it may appear in a notice: short, one line. Rendered as text, never as HTML. */
export function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return `"${flat.length > 48 ? `${flat.slice(0, 48)}…` : flat}"`;
}

export function parseInteger(value: string, min: number, max: number): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

export function parseCut(value: string): Cut | null {
  if (value === 'all') return { kind: 'all' };
  if (value === 'central') return { kind: 'central' };
  const random = /^random:(\d{1,3})$/.exec(value);
  if (random) {
    const percent = Number(random[1]);
    return percent <= 100 ? { kind: 'random', percent, seed: 1 } : null;
  }
  const sites = value.split(',');
  if (sites.length === 0 || sites.length > MAX_FLEET_SITES || !sites.every(isId)) return null;
  return { kind: 'sites', sites: [...new Set(sites)] };
}

export function formatCut(cut: Cut): string | null {
  switch (cut.kind) {
    case 'none':
      return null;
    case 'all':
    case 'central':
      return cut.kind;
    case 'sites':
      return cut.sites.join(',');
    case 'random':
      return `random:${cut.percent}`;
  }
}

const NUMBER = /^-?\d{1,7}(\.\d{1,4})?$/;

function parseViewport(value: string): Viewport | null {
  const parts = value.split(',');
  if (parts.length !== 3) return null;
  const [a, b, c] = parts as [string, string, string];
  if (!NUMBER.test(a) || !NUMBER.test(b)) return null;
  const scale = /^(\d{1,3}(\.\d{1,4})?)x$/.exec(c);
  if (scale) {
    const s = Number(scale[1]);
    return s > 0 && s <= MAX_SCALE ? { kind: 'diagram', cx: Number(a), cy: Number(b), scale: s } : null;
  }
  if (!NUMBER.test(c)) return null;
  const zoom = Number(c);
  return zoom >= MIN_ZOOM && zoom <= MAX_ZOOM ? { kind: 'screen', x: Number(a), y: Number(b), zoom } : null;
}

/** Rounded so that links stay short and a reopened link lands on the same picture. */
export function roundViewport(view: Viewport): Viewport {
  if (view.kind === 'screen')
    return { kind: 'screen', x: Math.round(view.x), y: Math.round(view.y), zoom: Math.round(view.zoom * 1000) / 1000 };
  return {
    kind: 'diagram',
    cx: Math.round(view.cx),
    cy: Math.round(view.cy),
    scale: Math.min(MAX_SCALE, Math.max(0.001, Math.round(view.scale * 1000) / 1000)),
  };
}

export function formatViewport(view: Viewport): string {
  const v = roundViewport(view);
  return v.kind === 'screen' ? `${v.x},${v.y},${v.zoom}` : `${v.cx},${v.cy},${v.scale}x`;
}

/** A value the link held that cannot be used: what it is not, and what is shown instead. */
export interface Invalid {
  invalid: string;
  instead: string;
}
const invalid = (what: string, instead: string): Invalid => ({ invalid: what, instead });

/** What the reader chose when a link says nothing: every field of `Choices` (the compiler checks it). */
export const defaultChoices: Choices = {
  route: { page: 'home' },
  node: null,
  cut: NO_CUT,
  t: null,
  back: null,
  rtt: 0,
  upgrade: null,
  spare: false,
  view: null,
  theme: null,
  step: null,
  part: null,
  sites: null,
  embed: false,
  left: null,
  right: null,
  sort: 'catalogue',
  matrixList: false,
  at: null,
  deck: null,
  file: null,
  from: null,
};

/** The pages that simulate conditions: the graphs, and the board of every architecture. */
const conditionPages: readonly Page[] = [...graphPages, 'board'];

interface ParamSpec {
  key: string;
  pages: readonly Page[];
  /** A value other than the default, valid on the first of `pages` (tests round-trip it). */
  example: string;
  /** The part of the choices this parameter sets, from its text and what has been read so far. */
  parse(value: string, read: Choices): Partial<Choices> | Invalid | { ignored: string };
  /** Its text for these choices, or null to leave it out (the default). */
  format(choices: Choices): string | null;
}

/** In the order they are read and written: `seed` refines `cut`, so it comes after it. */
export const params: readonly ParamSpec[] = [
  {
    key: 'left',
    example: 'kubeedge',
    pages: ['compare'],
    parse: (v) =>
      isId(v) ? { left: v } : invalid('is not an architecture id', 'the default architecture is compared'),
    format: (c) => c.left,
  },
  {
    key: 'right',
    example: 'airship',
    pages: ['compare'],
    parse: (v) =>
      isId(v) ? { right: v } : invalid('is not an architecture id', 'the default architecture is compared'),
    format: (c) => c.right,
  },
  {
    key: 'sites',
    example: '300',
    pages: ['arch'],
    parse: (v) => {
      const sites = parseInteger(v, 1, MAX_FLEET_SITES);
      return sites === null
        ? invalid(
            `is not a number of sites from 1 to ${formatCount(MAX_FLEET_SITES)}`,
            'the architecture is shown as documented',
          )
        : { sites };
    },
    format: (c) => (c.sites === null ? null : String(c.sites)),
  },
  {
    key: 'cut',
    example: 'random:25',
    pages: [...conditionPages, 'matrix'],
    parse: (v) => {
      const cut = parseCut(v);
      return cut
        ? { cut }
        : invalid('is not a cut (all, central, site ids, or random:<percent>)', 'every link is connected');
    },
    format: (c) => formatCut(c.cut),
  },
  {
    key: 'seed',
    example: '42',
    pages: graphPages,
    parse: (v, read) => {
      if (read.cut.kind !== 'random') return { ignored: 'The link has a "seed" without a random cut; it was ignored.' };
      const seed = parseInteger(v, 0, 2 ** 31 - 1);
      return seed === null
        ? invalid(`is not a whole number from 0 to ${formatCount(2 ** 31 - 1)}`, 'seed 1 was used')
        : { cut: { ...read.cut, seed } };
    },
    format: (c) => (c.cut.kind === 'random' ? String(c.cut.seed) : null),
  },
  {
    key: 'back',
    example: 'central',
    pages: ['arch'],
    parse: (v, read) => {
      if (read.cut.kind === 'central' || read.cut.kind === 'all')
        return { ignored: 'The link has "back" but every link is cut; it was ignored.' };
      if (v === 'central') return { back: { sites: [], central: true } };
      const sites = v.split(',');
      return sites.length <= MAX_FLEET_SITES && sites.every(isId)
        ? { back: { sites: [...new Set(sites)], central: false } }
        : invalid('is not a list of sites whose link came back (or central)', 'no reconnect story is told');
    },
    format: (c) => (c.back === null ? null : c.back.central ? 'central' : c.back.sites.join(',')),
  },
  {
    key: 't',
    example: '5m',
    pages: conditionPages,
    parse: (v, read) => {
      // A presentation's step may supply the cut (its corrections decide there); a reconnect story
      // is for a cut that lasted this long.
      if (read.cut.kind === 'none' && read.back === null && read.route.page !== 'present')
        return { ignored: 'The link has a time "t" but nothing is cut; it was ignored.' };
      if (v === '0') return { t: null };
      const t = parseDuration(v);
      return t === null
        ? invalid('is not a time into the cut (such as 40s, 5m, 1h or 30d)', 'the moment just after the cut is shown')
        : { t };
    },
    format: (c) =>
      c.t === null || (c.cut.kind === 'none' && c.back === null && c.route.page !== 'present')
        ? null
        : formatDuration(c.t),
  },
  {
    key: 'rtt',
    example: '150',
    pages: conditionPages,
    parse: (v) => {
      const rtt = parseInteger(v, 0, MAX_RTT_MS);
      return rtt === null
        ? invalid(`is not a round-trip time from 0 to ${formatCount(MAX_RTT_MS)} ms`, 'the WAN is as documented')
        : { rtt };
    },
    format: (c) => (c.rtt > 0 ? String(c.rtt) : null),
  },
  {
    key: 'upgrade',
    example: 'central',
    pages: conditionPages,
    parse: (v) =>
      isId(v) ? { upgrade: v } : invalid('is not a site id (or central, or edge)', 'nothing is being upgraded'),
    format: (c) => c.upgrade,
  },
  {
    key: 'spare',
    example: '1',
    pages: conditionPages,
    parse: (v, read) => {
      if (read.upgrade === null)
        return { ignored: 'The link has "spare" but nothing is being upgraded; it was ignored.' };
      return v === '1' || v === 'true'
        ? { spare: true }
        : v === '0' || v === 'false'
          ? { spare: false }
          : invalid('is not 1 or 0', 'the upgraded site has no spare capacity');
    },
    format: (c) => (c.spare && c.upgrade !== null ? '1' : null),
  },
  {
    key: 'node',
    example: 'keystone',
    pages: ['arch', 'present'],
    parse: (v) => (isId(v) ? { node: v } : invalid('is not a component id', 'nothing is selected')),
    format: (c) => c.node,
  },
  {
    key: 'step',
    example: '4',
    pages: ['present', 'deck'],
    parse: (v) => {
      const step = parseInteger(v, 1, 999);
      return step === null ? invalid('is not a step number', 'the tour starts at step 1') : { step };
    },
    format: (c) => (c.step === null ? null : String(c.step)),
  },
  {
    key: 'part',
    example: '2',
    pages: ['present'],
    parse: (v) => {
      const part = v === 'last' ? LAST_PART : parseInteger(v, 1, LAST_PART - 1);
      return part === null ? invalid('is not a part number (or last)', 'the step starts at its first part') : { part };
    },
    format: (c) => (c.part === null || c.part === 1 ? null : c.part >= LAST_PART ? 'last' : String(c.part)),
  },
  {
    key: 'view',
    example: '612,380,2.5x',
    pages: ['arch', 'present'],
    parse: (v) => {
      const view = parseViewport(v);
      return view
        ? { view }
        : invalid('is not a view (x,y,zoom or x,y,<scale>x)', 'the diagram is fitted to the window');
    },
    format: (c) => (c.view ? formatViewport(c.view) : null),
  },
  {
    key: 'sort',
    example: 'coverage',
    pages: ['matrix'],
    parse: (v) =>
      (matrixSorts as readonly string[]).includes(v)
        ? { sort: v as MatrixSort }
        : invalid(`is not a sort order (${matrixSorts.join(', ')})`, 'the catalogue order is used'),
    format: (c) => (c.sort === 'catalogue' ? null : c.sort),
  },
  {
    key: 'list',
    example: '1',
    pages: ['matrix'],
    parse: (v) =>
      v === '1' || v === 'true'
        ? { matrixList: true }
        : v === '0' || v === 'false'
          ? { matrixList: false }
          : invalid('is not 1 or 0', 'the matrix shows a mark and a count per cell'),
    format: (c) => (c.matrixList ? '1' : null),
  },
  {
    key: 'deck',
    example: 'W1siIy9ib2FyZCIsIkJvYXJkIl1d',
    pages: ['deck'],
    parse: (v) => {
      const deck = decodeDeck(v);
      return deck ? { deck } : invalid('is not a deck of slides', 'the deck collected in this browser is shown');
    },
    format: (c) => (c.deck === null ? null : encodeDeck(c.deck)),
  },
  {
    key: 'file',
    example: 'y0yxUsit1E1JLcjJr8xNzSvhykvMTbVS8K1UQBIDAA',
    pages: ['edit'],
    parse: (v) =>
      v.length <= MAX_FILE_LINK && /^[A-Za-z0-9_-]+$/.test(v)
        ? { file: v }
        : invalid('is not a shared architecture file', 'the file being edited in this browser is shown'),
    format: (c) => c.file,
  },
  {
    key: 'from',
    example: 'kubeedge',
    pages: ['edit'],
    parse: (v) =>
      isId(v) ? { from: v } : invalid('is not an architecture id', 'the file being edited in this browser is shown'),
    format: (c) => c.from,
  },
  {
    key: 'at',
    example: '0,10m,1d,30d',
    pages: ['board'],
    parse: (v) => {
      const parts = v.split(',');
      const times = parts.map((p) => (p === '0' ? 0 : parseDuration(p)));
      return parts.length <= 8 && times.every((x) => x !== null)
        ? { at: [...new Set(times as number[])].sort((a, b) => a - b) }
        : invalid('is not a list of up to 8 times (such as 0,10m,1d,30d)', 'the board shows one moment');
    },
    format: (c) => (c.at === null ? null : c.at.map((x) => (x === 0 ? '0' : formatDuration(x))).join(',')),
  },
  {
    key: 'theme',
    example: 'dark',
    pages: allPages,
    parse: (v) =>
      (themes as readonly string[]).includes(v)
        ? { theme: v as Theme }
        : invalid(`is not a theme (${themes.join(', ')})`, 'your saved theme is used'),
    format: (c) => c.theme,
  },
  {
    key: 'embed',
    example: '1',
    pages: allPages,
    parse: (v) =>
      v === '1' || v === 'true'
        ? { embed: true }
        : v === '0' || v === 'false'
          ? { embed: false }
          : invalid('is not 1 or 0', 'the full explorer is shown'),
    format: (c) => (c.embed ? '1' : null),
  },
];
