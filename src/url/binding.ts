/**
 * The one place that reads and writes location: hash → store on load and on Back/Forward,
 * store → hash on every choice. Pan, zoom and theme replace the history entry; navigation,
 * selection, cuts and steps push one, so Back undoes them.
 */
import { addNotices, useExplorer } from './store';
import { isCosmeticChange, parseHash, toHash } from './codec';

export function bindUrl(win: Window = window): () => void {
  let applied = '';
  const apply = () => {
    const hash = win.location.hash || '#/';
    if (hash === applied) return;
    const { choices, notices } = parseHash(hash);
    applied = toHash(choices);
    useExplorer.setState({ choices, notices: [], change: 'correction' });
    addNotices(notices);
    // A link that was cleaned up (unknown parameters, bad values) is shown as what is really displayed.
    if (applied !== hash) win.history.replaceState(win.history.state, '', applied);
  };
  apply();
  const unsubscribe = useExplorer.subscribe((state, previous) => {
    if (state.choices === previous.choices) return;
    const hash = toHash(state.choices);
    if (hash === applied) return;
    const cosmetic = state.change === 'correction' || isCosmeticChange(previous.choices, state.choices);
    applied = hash;
    if (cosmetic) win.history.replaceState(win.history.state, '', hash);
    else win.history.pushState(null, '', hash);
  });
  win.addEventListener('hashchange', apply);
  win.addEventListener('popstate', apply);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', apply);
    win.removeEventListener('popstate', apply);
  };
}

/** The link to what is on screen now, for "Copy link"; `embed` dropped when asked (the "open in explorer" link). */
export function currentPermalink(options: { withoutEmbed?: boolean } = {}, win: Window = window): string {
  const url = new URL(win.location.href);
  if (options.withoutEmbed) url.hash = url.hash.replace(/([?&])embed=1(&|$)/, (_, before: string, after: string) => (after ? before : '')).replace(/[?&]$/, '');
  return url.href;
}

/** Whether the link that opened this view named a parameter at all (a tour step applies its own cut otherwise). */
export function linkHasParam(name: string, win: Window = window): boolean {
  return new URLSearchParams(win.location.hash.split('?')[1] ?? '').has(name);
}
