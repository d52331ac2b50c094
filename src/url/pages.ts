/**
 * Every page in one table. The route types, the parser's paths, which pages draw a graph, which show
 * the top bar and its navigation, and the parameters' page lists all derive from it; App's table of
 * views is typed by it, so a page added here and drawn nowhere fails to compile.
 */
interface PageSpec {
  /** The first segment of the path (`#/arch/…`); none for home and the not-found page. */
  path: string | null;
  /** The path ends with an id (`#/arch/<id>`). */
  id: boolean;
  /** Draws a graph and owns the whole window below the top bar. */
  graph: boolean;
  /** Shows the top bar (a presentation takes the whole window). */
  topBar: boolean;
  /** Its entry in the top bar's navigation, if it has one. */
  nav?: string;
}

export const pages = {
  home: { path: null, id: false, graph: false, topBar: true, nav: 'Architectures' },
  arch: { path: 'arch', id: true, graph: true, topBar: true },
  req: { path: 'req', id: true, graph: false, topBar: true },
  matrix: { path: 'matrix', id: false, graph: false, topBar: true, nav: 'Requirements matrix' },
  compare: { path: 'compare', id: false, graph: true, topBar: true, nav: 'Compare models' },
  board: { path: 'board', id: false, graph: false, topBar: true, nav: 'Board' },
  deck: { path: 'deck', id: false, graph: false, topBar: true, nav: 'Deck' },
  edit: { path: 'edit', id: false, graph: true, topBar: true, nav: 'Your own' },
  present: { path: 'present', id: true, graph: true, topBar: false },
  'not-found': { path: null, id: false, graph: false, topBar: true },
} as const satisfies Record<string, PageSpec>;

export type Page = keyof typeof pages;
type WithId = { [P in Page]: (typeof pages)[P]['id'] extends true ? P : never }[Page];
/** The pages a route names by their path alone. */
type Plain = Exclude<Page, WithId | 'not-found'>;

/** Where the reader is: a page, with its id where the page takes one. */
export type Route =
  | { [P in Plain]: { page: P } }[Plain]
  | { [P in WithId]: { page: P; id: string } }[WithId]
  | { page: 'not-found'; path: string };

export const allPages = Object.keys(pages) as Page[];
export const graphPages = allPages.filter((p) => pages[p].graph);
export const isGraphPage = (page: Page) => pages[page].graph;
export const hasTopBar = (page: Page) => pages[page].topBar;
/** The pages of the top bar's navigation, in order, with their labels (pages without an id). */
export const navigation = allPages.flatMap((page) => {
  const label: string | undefined = (pages[page] as PageSpec).nav;
  return label && !pages[page].id ? [{ page: page as Plain, label }] : [];
});
