/**
 * Opening the search without losing a keystroke. Ctrl+K (⌘K) is caught from the moment the main
 * bundle runs, before React has drawn anything; whatever is typed between that and the search field
 * taking focus (Enter included) is kept and handed to the field. The last query is kept too: the
 * dialog reopens with it selected, so typing replaces it.
 *
 * In the main bundle, so it must stay small: the dialog, the index and the results load behind it.
 */
import { useSyncExternalStore } from 'react';
import { useExplorer } from '../../url/store';
import { EARLY_KEYS, type EarlyKeys } from '../../model/firstView';

interface LauncherState {
  open: boolean;
  /** The query of the last search: the dialog reopens with it, selected. */
  query: string;
  /** Typed after Ctrl+K, before the field had focus (null: nothing, so the last query stays). */
  typed: string | null;
  /** Enter was pressed before the field had focus: open the first result once there is one. */
  enter: boolean;
}

let state: LauncherState = { open: false, query: '', typed: null, enter: false };
const listeners = new Set<() => void>();
const update = (patch: Partial<LauncherState>) => {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => state;

export const useSearchOpen = () => useSyncExternalStore(subscribe, snapshot).open;

/** Where the keyboard was when the search opened: it goes back there when the search closes. */
let returnTo: HTMLElement | null = null;
export const focusBeforeSearch = () => returnTo;

export function openSearch(): void {
  if (state.open) return;
  returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  update({ open: true, typed: null, enter: false });
}

export function closeSearch(query: string): void {
  update({ open: false, query, typed: null, enter: false });
}

/** What the dialog's field starts with: the last query, or what was typed before it had focus. */
export function openingState(): { query: string; typed: string | null; enter: boolean } {
  const { query, typed, enter } = state;
  return { query, typed, enter };
}

/** Starts loading the dialog, the index and its data (on hover or focus of the search button, and on open). */
export const prefetchSearch = () => {
  void import('./SearchDialog');
  return import('./SearchResults').then((module) => {
    module.warm();
    return module;
  });
};

/** Every page but an embedded view can search (a presentation too: its search hides the slides until closed). */
function searchable(): boolean {
  return !useExplorer.getState().choices.embed;
}

const isSearchField = (target: EventTarget | null) =>
  target instanceof Element && target.closest('[data-search-field]') !== null;

function onKeyDown(event: KeyboardEvent): void {
  if (event.isComposing) return;
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
    if (!searchable()) return;
    event.preventDefault();
    if (state.open && !isSearchField(event.target)) return;
    openSearch();
    void prefetchSearch();
    return;
  }
  if (!state.open || isSearchField(event.target) || mod || event.altKey) return;
  // Between Ctrl+K and the field taking focus: keep what is typed, and keep it from anything else.
  if (event.key.length === 1) update({ typed: (state.typed ?? '') + event.key });
  else if (event.key === 'Backspace') update({ typed: (state.typed ?? '').slice(0, -1) });
  else if (event.key === 'Enter') update({ enter: true });
  else if (event.key === 'Escape') closeSearch(state.query);
  else return;
  event.preventDefault();
  event.stopPropagation();
}

if (typeof window !== 'undefined') {
  window.addEventListener('keydown', onKeyDown, true);
  // What was typed before the app ran, kept by the boot script: taken as if typed now.
  const early = (window as unknown as Record<string, EarlyKeys | undefined>)[EARLY_KEYS];
  if (early) {
    early.stop();
    for (const init of early.keys.splice(0))
      window.dispatchEvent(new KeyboardEvent('keydown', { ...init, cancelable: true }));
  }
}
