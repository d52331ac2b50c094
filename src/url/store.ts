/**
 * What the user chose, and nothing else: everything shown is derived from these choices and the
 * data by selectors. The URL binding (binding.ts) keeps this store and location.hash in step.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Scenario } from '../simulation/scenario';
import type { Architecture } from '../model/schema';
import { resolveCut, restoredBetween, type Cut } from '../simulation/cut';
import { defaultChoices, type Choices, type Route, type Theme, type Viewport } from './codec';

export interface Notice {
  id: number;
  text: string;
}

export interface ExplorerState {
  choices: Choices;
  /** The parameters the link that opened this view spelled out. */
  given: readonly string[];
  notices: Notice[];
  /**
   * How the last change of choices came about. `user`: a step Back can undo (or a pan, which the
   * binding treats as cosmetic); `link`: the address itself changed; `correction`: what a link
   * asked for was completed or cut down to what the data has, which replaces the history entry.
   */
  change: 'user' | 'link' | 'correction';
}

export const useExplorer = create<ExplorerState>(() => ({
  choices: defaultChoices,
  given: [],
  notices: [],
  change: 'user',
}));

let noticeId = 0;
const fresh = (texts: readonly string[], known: readonly Notice[] = []): Notice[] => {
  const seen = new Set(known.map((n) => n.text));
  return [...new Set(texts)].filter((t) => !seen.has(t)).map((text) => ({ id: ++noticeId, text }));
};

const update = (patch: Partial<Choices>, extra: Partial<ExplorerState> = {}) =>
  useExplorer.setState((s) => ({ choices: { ...s.choices, ...patch }, change: 'user', ...extra }));

/** The address changed (load, Back, Forward, a typed link): show what it says. */
export function openLink(choices: Choices, given: readonly string[], notices: readonly string[]): void {
  useExplorer.setState({ choices, given, notices: fresh(notices), change: 'link' });
}

/** Drops or completes what a link asked for once its data is known, and says why once. */
export function correctChoices(patch: Partial<Choices>, notices: readonly string[]): void {
  useExplorer.setState((s) => ({
    ...(Object.keys(patch).length > 0 ? { choices: { ...s.choices, ...patch }, change: 'correction' as const } : {}),
    notices: [...s.notices, ...fresh(notices, s.notices)],
  }));
}

/** Going to another page keeps the theme and embed mode; the page's own choices start fresh. */
export function navigate(route: Route, patch: Partial<Choices> = {}): void {
  const { theme, embed } = useExplorer.getState().choices;
  update({ ...defaultChoices, theme, embed, route, ...patch }, { given: [] });
}

export const selectNode = (node: string | null) => update({ node });
export const setView = (view: Viewport | null) => update({ view });
export const setTheme = (theme: Theme) => update({ theme });
export const setTime = (t: number | null) => update({ t });
/** Changes several choices at once; a story of restored links ends with it. */
export const setChoices = (patch: Partial<Choices>) => update({ back: null, ...patch });

/**
 * Cuts or restores links. Restoring tells the reconnect story of what came back, for a cut that
 * lasted as long as the time shown; cutting more ends the story. A restore to no cut resets the time.
 */
export function changeCut(cut: Cut, arch: Pick<Architecture, 'sites'>): void {
  const { choices } = useExplorer.getState();
  const restored = restoredBetween(resolveCut(arch, choices.cut), resolveCut(arch, cut), choices.t ?? 0);
  const back = restored && { sites: restored.sites, central: restored.central };
  // After a whole restore, t says how long the cut had lasted: the story depends on it.
  update({ cut, back, ...(cut.kind === 'none' && !back ? { t: null } : {}) });
}

/** The reconnect story is done: it leaves the link, and with nothing cut the time goes too. */
export const dismissRestored = () =>
  update({ back: null, ...(useExplorer.getState().choices.cut.kind === 'none' ? { t: null } : {}) });

export const dismissNotice = (id: number) =>
  useExplorer.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
export const dismissAllNotices = () => useExplorer.setState({ notices: [] });

// Module-level selectors: one stable function per slice a view reads, so it re-renders only when that slice changes.
export const selectRoute = (s: ExplorerState) => s.choices.route;
export const selectNodeId = (s: ExplorerState) => s.choices.node;
export const selectCut = (s: ExplorerState) => s.choices.cut;
export const selectTime = (s: ExplorerState) => s.choices.t;
export const selectRtt = (s: ExplorerState) => s.choices.rtt;
export const selectUpgrade = (s: ExplorerState) => s.choices.upgrade;
const selectScenario = ({ choices: c }: ExplorerState): Scenario => ({
  cut: c.cut,
  t: c.t,
  rtt: c.rtt,
  upgrade: c.upgrade,
  spare: c.spare,
});
/** What the reader chose to simulate (a new object only when one of its parts changes). */
export const useScenario = (): Scenario => useExplorer(useShallow(selectScenario));
export const selectView = (s: ExplorerState) => s.choices.view;
export const selectTheme = (s: ExplorerState) => s.choices.theme;
export const selectStep = (s: ExplorerState) => s.choices.step;
export const selectPart = (s: ExplorerState) => s.choices.part;
export const selectSites = (s: ExplorerState) => s.choices.sites;
export const selectEmbed = (s: ExplorerState) => s.choices.embed;
export const selectSort = (s: ExplorerState) => s.choices.sort;
export const selectLeft = (s: ExplorerState) => s.choices.left;
export const selectRight = (s: ExplorerState) => s.choices.right;
export const selectNotices = (s: ExplorerState) => s.notices;
/** The links that just came back (with `t`, how long the cut had lasted): the reconnect story to tell. */
export const selectBack = (s: ExplorerState) => s.choices.back;
