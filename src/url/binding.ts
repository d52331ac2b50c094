/**
 * The one place that reads and writes location (the build's boot script reads the hash before any of
 * this runs, to preload the linked diagram): hash → store on load and on Back/Forward,
 * store → hash on every choice. Pan, zoom and theme replace the history entry; navigation,
 * selection, cuts and steps push one, so Back undoes them. A link is corrected against its data
 * once that is known (corrections.ts), and a correction always replaces the entry: Back never
 * lands on a link that pushes itself again.
 */
import type { Correction } from './corrections';
import { isCosmeticChange, parseHash, toHash, type Parsed } from './codec';
import { correctChoices, openLink, useExplorer } from './store';

export interface BindOptions {
  win?: Window;
  /** What the data says about a link: the corrections to apply once it is known. */
  correct?: (parsed: Parsed) => Correction | Promise<Correction>;
}

export function bindUrl({ win = window, correct }: BindOptions = {}): () => void {
  let applied = '';
  const apply = () => {
    const hash = win.location.hash || '#/';
    if (hash === applied) return;
    const parsed = parseHash(hash);
    applied = toHash(parsed.choices);
    openLink(parsed.choices, parsed.given, parsed.notices);
    // A link that was cleaned up (unknown parameters, bad values) is shown as what is really displayed.
    if (applied !== hash) win.history.replaceState(win.history.state, '', applied);
    if (!correct) return;
    const opened = useExplorer.getState().choices;
    void Promise.resolve(correct(parsed)).then(({ patch, notices }) => {
      // The user may have moved on while the data loaded: a late correction would undo their choice.
      if (useExplorer.getState().choices === opened) correctChoices(patch, notices);
    });
  };
  const unsubscribe = useExplorer.subscribe((state, previous) => {
    if (state.choices === previous.choices) return;
    const hash = toHash(state.choices);
    if (hash === applied) return;
    applied = hash;
    if (state.change !== 'user' || isCosmeticChange(previous.choices, state.choices))
      win.history.replaceState(win.history.state, '', hash);
    else win.history.pushState(null, '', hash);
  });
  apply();
  win.addEventListener('hashchange', apply);
  win.addEventListener('popstate', apply);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', apply);
    win.removeEventListener('popstate', apply);
  };
}

/** The full address of a hash of this site (a slide's or a deck's link to a view). */
export const absoluteLink = (hash: string, win: Window = window): string => new URL(hash, win.location.href).href;

/** The link to what is on screen now, for "Copy link"; `embed` dropped when asked (the "open in explorer" link). */
export function currentPermalink(options: { withoutEmbed?: boolean } = {}, win: Window = window): string {
  const url = new URL(win.location.href);
  if (options.withoutEmbed) url.hash = toHash({ ...useExplorer.getState().choices, embed: false });
  return url.href;
}
