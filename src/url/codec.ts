/**
 * The URL is the single source of the shareable state. This module maps a hash like
 * `#/arch/kubeedge?node=edgehub&cut=all` to choices and back, using the parameter table in
 * params.ts. Parsing never throws: whatever cannot be understood falls back to its default and is
 * reported once as a notice.
 */
import { defaultChoices, isId, pages, params, quote, type Choices, type Page, type Route } from './params';

export * from './params';

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
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
  const page = (Object.keys(pages) as Page[]).find((p) => pages[p].path !== null && pages[p].path === head);
  if (page && rest.length === 0) {
    if (!pages[page].id && id === undefined) return { page } as Route;
    if (pages[page].id && id !== undefined && isId(id)) return { page, id } as Route;
  }
  notices.push(`There is no page at ${quote(`#/${parts.join('/')}`)}.`);
  return { page: 'not-found', path };
}

function routePath(route: Route): string {
  // A page that does not exist keeps its address, so links to real pages from it still change it.
  if (route.page === 'not-found') return route.path;
  const path = pages[route.page].path;
  if (path === null) return '/';
  return 'id' in route ? `/${path}/${route.id}` : `/${path}`;
}

export interface Parsed {
  choices: Choices;
  notices: string[];
  /** The parameters the link spelled out (a tour step applies its own cut only when the link has none). */
  given: string[];
}

export function parseHash(hash: string): Parsed {
  const notices: string[] = [];
  const raw = hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const pathPart = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const queryPart = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  let choices: Choices = { ...defaultChoices, route: parseRoute(pathPart, notices) };

  const values = new Map<string, string>();
  const unknown: string[] = [];
  for (const [key, value] of new URLSearchParams(queryPart)) {
    if (values.has(key)) notices.push(`The link repeats ${quote(key)}; only the first value was used.`);
    else if (!params.some((p) => p.key === key)) unknown.push(key);
    else values.set(key, value);
  }
  // Trackers add many (utm_*, fbclid...): one notice for all of them.
  if (unknown.length > 0) {
    const names =
      unknown.slice(0, 3).map(quote).join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '');
    notices.push(
      `The link has ${unknown.length === 1 ? 'an unknown parameter' : `${unknown.length} unknown parameters`} ${names}; ${unknown.length === 1 ? 'it was' : 'they were'} ignored.`,
    );
  }
  const page = choices.route.page;
  const given: string[] = [];
  for (const param of params) {
    const value = values.get(param.key);
    if (value === undefined) continue;
    if (!param.pages.includes(page)) {
      if (page !== 'not-found') notices.push(`The link's "${param.key}" means nothing on this page; it was ignored.`);
      continue;
    }
    const result = param.parse(value, choices);
    if ('invalid' in result)
      notices.push(`The link's ${param.key} ${quote(value)} ${result.invalid}; ${result.instead}.`);
    else if ('ignored' in result) notices.push(result.ignored);
    else {
      choices = { ...choices, ...result };
      given.push(param.key);
    }
  }
  return { choices, notices, given };
}

/** Choices → hash, leaving out every default and every parameter the page does not use. */
export function toHash(choices: Choices): string {
  const page = choices.route.page;
  const query = params
    .filter((p) => p.pages.includes(page) && page !== 'not-found')
    .map((p) => [p.key, p.format(choices)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`)
    .join('&');
  return `#${routePath(choices.route)}${query ? `?${query}` : ''}`;
}

/** History rule: pan, zoom and theme replace the entry; everything else is a step Back can undo. */
export function isCosmeticChange(before: Choices, after: Choices): boolean {
  const strip = (c: Choices) => toHash({ ...c, view: null, theme: null });
  return strip(before) === strip(after);
}
