/**
 * The URL is the single source of the shareable state. This module is the only one that knows how
 * a hash like `#/arch/kubeedge?node=edgehub&cut=all` maps to choices and back. Parsing never throws:
 * whatever cannot be understood falls back to its default and is reported once as a notice.
 */

export type Route =
  | { page: 'home' }
  | { page: 'arch'; id: string }
  | { page: 'req'; id: string }
  | { page: 'matrix' }
  | { page: 'compare' }
  | { page: 'present'; id: string }
  | { page: 'not-found'; path: string };

/** What is cut: nothing, every edge site, the central site itself, chosen sites, or a seeded random share. */
export type Cut =
  | { kind: 'none' }
  | { kind: 'all' }
  | { kind: 'central' }
  | { kind: 'sites'; sites: string[] }
  | { kind: 'random'; percent: number; seed: number };

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export type Theme = 'system' | 'light' | 'dark' | 'projector';
export const themes: readonly Theme[] = ['system', 'light', 'dark', 'projector'];

export type MatrixSort = 'catalogue' | 'coverage' | 'title';

export interface Choices {
  route: Route;
  node: string | null;
  cut: Cut;
  view: Viewport | null;
  theme: Theme | null;
  step: number | null;
  sites: number | null;
  embed: boolean;
  left: string | null;
  right: string | null;
  sort: MatrixSort;
}

export const defaultChoices: Choices = {
  route: { page: 'home' },
  node: null,
  cut: { kind: 'none' },
  view: null,
  theme: null,
  step: null,
  sites: null,
  embed: false,
  left: null,
  right: null,
  sort: 'catalogue',
};

export const MAX_FLEET_SITES = 5000;
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 4;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:@[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const MAX_ID = 120;
const KNOWN = ['node', 'cut', 'seed', 'view', 'theme', 'step', 'sites', 'embed', 'left', 'right', 'sort'];

/** A value as it may appear in a notice: short, one line. Rendered as text, never as HTML. */
export function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return `"${flat.length > 48 ? `${flat.slice(0, 48)}…` : flat}"`;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

const isId = (value: string) => value.length <= MAX_ID && ID.test(value);

export interface Parsed {
  choices: Choices;
  notices: string[];
}

export function parseHash(hash: string): Parsed {
  const notices: string[] = [];
  const raw = hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const pathPart = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const queryPart = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  const choices: Choices = { ...defaultChoices, route: parseRoute(pathPart, notices) };

  let params: URLSearchParams;
  try {
    params = new URLSearchParams(queryPart);
  } catch {
    params = new URLSearchParams();
  }
  const values = new Map<string, string>();
  for (const [key, value] of params) {
    if (values.has(key)) {
      notices.push(`The link repeats ${quote(key)}; only the first value was used.`);
    } else if (!KNOWN.includes(key)) {
      notices.push(`The link has an unknown parameter ${quote(key)}; it was ignored.`);
    } else values.set(key, value);
  }
  // A fixed order, not the link's: `seed` refines `cut` wherever it was written.
  const applies = paramsOf(choices.route);
  for (const key of KNOWN) {
    const value = values.get(key);
    if (value === undefined) continue;
    if (!applies.has(key) && choices.route.page !== 'not-found') notices.push(`The link's "${key}" means nothing on this page; it was ignored.`);
    else parseParam(key, value, choices, notices);
  }
  return { choices, notices };
}

const everywhere = ['theme', 'embed'];
/** Which parameters each page understands; toHash writes exactly these. */
function paramsOf(route: Route): Set<string> {
  switch (route.page) {
    case 'arch':
      return new Set([...everywhere, 'sites', 'cut', 'seed', 'node', 'view']);
    case 'present':
      return new Set([...everywhere, 'cut', 'seed', 'step', 'view']);
    case 'compare':
      return new Set([...everywhere, 'left', 'right', 'cut', 'seed']);
    case 'matrix':
      return new Set([...everywhere, 'sort']);
    default:
      return new Set(everywhere);
  }
}

function parseRoute(path: string, notices: string[]): Route {
  const decoded = safeDecode(path);
  if (decoded === null) {
    notices.push(`There is no page at ${quote(`#${path}`)}.`);
    return { page: 'not-found', path };
  }
  const parts = decoded.split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'home' };
  const [head, id, ...rest] = parts;
  if (rest.length === 0) {
    if (head === 'matrix' && id === undefined) return { page: 'matrix' };
    if (head === 'compare' && id === undefined) return { page: 'compare' };
    if ((head === 'arch' || head === 'req' || head === 'present') && id !== undefined && isId(id)) return { page: head, id };
  }
  notices.push(`There is no page at ${quote(`#/${parts.join('/')}`)}.`);
  return { page: 'not-found', path: decoded };
}

function parseInteger(value: string, min: number, max: number): number | null {
  if (!/^\d{1,7}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function parseParam(key: string, value: string, choices: Choices, notices: string[]): void {
  const bad = (what: string, instead: string) => notices.push(`The link's ${key} ${quote(value)} ${what}; ${instead}.`);
  switch (key) {
    case 'node':
      if (isId(value)) choices.node = value;
      else bad('is not a component id', 'nothing is selected');
      return;
    case 'cut': {
      const cut = parseCut(value);
      if (cut) choices.cut = cut;
      else bad('is not a cut (all, central, site ids, or random:<percent>)', 'every link is connected');
      return;
    }
    case 'seed': {
      const seed = parseInteger(value, 0, 2 ** 31 - 1);
      if (choices.cut.kind !== 'random') notices.push('The link has a "seed" without a random cut; it was ignored.');
      else if (seed === null) bad('is not a whole number', 'seed 1 was used');
      else choices.cut = { ...choices.cut, seed };
      return;
    }
    case 'view': {
      const view = parseViewport(value);
      if (view) choices.view = view;
      else bad('is not x,y,zoom', 'the diagram is fitted to the window');
      return;
    }
    case 'theme':
      if ((themes as readonly string[]).includes(value)) choices.theme = value as Theme;
      else bad(`is not a theme (${themes.join(', ')})`, 'your saved theme is used');
      return;
    case 'step': {
      const step = parseInteger(value, 1, 999);
      if (step === null) bad('is not a step number', 'the tour starts at step 1');
      else choices.step = step;
      return;
    }
    case 'sites': {
      const sites = parseInteger(value, 1, MAX_FLEET_SITES);
      if (sites === null) bad(`is not a number of sites from 1 to ${MAX_FLEET_SITES}`, 'the architecture is shown as documented');
      else choices.sites = sites;
      return;
    }
    case 'embed':
      if (value === '1' || value === 'true') choices.embed = true;
      else if (value !== '0' && value !== 'false') bad('is not 1 or 0', 'the full explorer is shown');
      return;
    case 'left':
    case 'right':
      if (isId(value)) choices[key] = value;
      else bad('is not an architecture id', 'the default architecture is compared');
      return;
    case 'sort':
      if (value === 'catalogue' || value === 'coverage' || value === 'title') choices.sort = value;
      else bad('is not a sort order (catalogue, coverage, title)', 'the catalogue order is used');
      return;
  }
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

export function parseViewport(value: string): Viewport | null {
  const parts = value.split(',');
  if (parts.length !== 3 || !parts.every((p) => /^-?\d{1,7}(\.\d{1,4})?$/.test(p))) return null;
  const [x, y, zoom] = parts.map(Number) as [number, number, number];
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
  return { x, y, zoom };
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

/** Viewport rounded so that URLs stay short and a reopened link lands on the same pixels. */
export function roundViewport(view: Viewport): Viewport {
  return { x: Math.round(view.x), y: Math.round(view.y), zoom: Math.round(view.zoom * 1000) / 1000 };
}

function routePath(route: Route): string {
  switch (route.page) {
    case 'home':
      return '/';
    case 'arch':
    case 'req':
    case 'present':
      return `/${route.page}/${route.id}`;
    case 'matrix':
    case 'compare':
      return `/${route.page}`;
    case 'not-found':
      return '/';
  }
}

/** Choices → hash, leaving out every default so links stay short. Parameter order is fixed. */
export function toHash(choices: Choices): string {
  const params: [string, string][] = [];
  const add = (key: string, value: string | null) => {
    if (value !== null) params.push([key, value]);
  };
  const page = choices.route.page;
  const graphPage = page === 'arch' || page === 'present' || page === 'compare';
  if (page === 'compare') {
    add('left', choices.left);
    add('right', choices.right);
  }
  if (page === 'arch') add('sites', choices.sites === null ? null : String(choices.sites));
  if (graphPage) {
    add('cut', formatCut(choices.cut));
    if (choices.cut.kind === 'random') add('seed', String(choices.cut.seed));
  }
  if (page === 'arch') add('node', choices.node);
  if (page === 'present') add('step', choices.step === null ? null : String(choices.step));
  if (page === 'arch' || page === 'present') {
    const v = choices.view && roundViewport(choices.view);
    add('view', v && `${v.x},${v.y},${v.zoom}`);
  }
  if (page === 'matrix' && choices.sort !== 'catalogue') add('sort', choices.sort);
  add('theme', choices.theme);
  if (choices.embed) add('embed', '1');
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`).join('&');
  return `#${routePath(choices.route)}${query ? `?${query}` : ''}`;
}

/** History rule: pan, zoom and theme replace the entry; everything else is a step Back can undo. */
export function isCosmeticChange(before: Choices, after: Choices): boolean {
  const strip = (c: Choices) => toHash({ ...c, view: null, theme: null });
  return strip(before) === strip(after);
}
