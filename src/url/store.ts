/**
 * What the user chose, and nothing else: everything shown is derived from these choices and the
 * data by selectors. The URL binding (urlBinding.ts) keeps this store and location.hash in step.
 */
import { create } from 'zustand';
import { defaultChoices, type Choices, type Cut, type Route, type Theme, type Viewport } from './codec';

export interface Notice {
  id: number;
  text: string;
}

export interface ExplorerState {
  choices: Choices;
  notices: Notice[];
  /** A correction of what a link asked for replaces the history entry instead of adding one. */
  change: 'user' | 'correction';
}

export const useExplorer = create<ExplorerState>(() => ({ choices: defaultChoices, notices: [], change: 'user' }));

let noticeId = 0;
const update = (patch: Partial<Choices>) => useExplorer.setState((s) => ({ choices: { ...s.choices, ...patch }, change: 'user' }));

/** Drops what the data cannot show (unknown node, site, step) and says so once. */
export function correctChoices(patch: Partial<Choices>, notices: readonly string[]): void {
  if (Object.keys(patch).length > 0) useExplorer.setState((s) => ({ choices: { ...s.choices, ...patch }, change: 'correction' }));
  addNotices(notices);
}

/** Going to another page keeps the theme and embed mode; the page's own choices start fresh. */
export function navigate(route: Route, patch: Partial<Choices> = {}): void {
  const { theme, embed } = useExplorer.getState().choices;
  useExplorer.setState({ choices: { ...defaultChoices, theme, embed, route, ...patch }, change: 'user' });
}
export const selectNode = (node: string | null) => update({ node });
export const setCut = (cut: Cut) => update({ cut });
export const setView = (view: Viewport | null) => update({ view });
export const setTheme = (theme: Theme) => update({ theme });
export const setChoices = (patch: Partial<Choices>) => update(patch);

export function addNotices(texts: readonly string[]): void {
  if (texts.length === 0) return;
  useExplorer.setState((s) => {
    const known = new Set(s.notices.map((n) => n.text));
    const fresh = [...new Set(texts)].filter((t) => !known.has(t)).map((text) => ({ id: ++noticeId, text }));
    return fresh.length ? { notices: [...s.notices, ...fresh] } : s;
  });
}
export const dismissNotice = (id: number) => useExplorer.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));

// Module-level selectors: components subscribe to exactly what they show.
export const selectRoute = (s: ExplorerState) => s.choices.route;
export const selectTheme = (s: ExplorerState) => s.choices.theme;
export const selectNotices = (s: ExplorerState) => s.notices;
