import { beforeEach, describe, expect, it } from 'vitest';
import { bindUrl } from './binding';
import type { Correction } from './corrections';
import { changeCut, navigate, selectNode, setView, useExplorer, dismissRestored } from './store';

/** A window with a history stack and a hash, enough for the binding. */
function fakeWindow(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners = new Map<string, Set<() => void>>();
  const fire = (type: string) => listeners.get(type)?.forEach((l) => l());
  const win = {
    location: {
      get hash() {
        return entries[index]!;
      },
    },
    history: {
      state: null,
      pushState: (_: unknown, __: string, hash: string) => {
        entries.splice(index + 1, entries.length, hash);
        index = entries.length - 1;
      },
      replaceState: (_: unknown, __: string, hash: string) => {
        entries[index] = hash;
      },
    },
    addEventListener: (type: string, listener: () => void) =>
      listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    removeEventListener: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
  };
  return {
    win: win as unknown as Window,
    entries,
    get index() {
      return index;
    },
    back() {
      index--;
      fire('popstate');
    },
    open(hash: string) {
      entries.splice(index + 1, entries.length, hash);
      index = entries.length - 1;
      fire('hashchange');
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const sites = [
  { id: 'hq', name: 'HQ', kind: 'central' as const },
  { id: 'east', name: 'East', kind: 'edge' as const },
];

describe('bindUrl', () => {
  let unbind = () => {};
  beforeEach(() => {
    unbind();
    useExplorer.setState({ notices: [] });
  });

  it('pushes an entry for a selection or a cut, and replaces it for a pan', () => {
    const w = fakeWindow('#/arch/tiny');
    unbind = bindUrl({ win: w.win });
    selectNode('api');
    expect(w.entries).toEqual(['#/arch/tiny', '#/arch/tiny?node=api']);
    changeCut({ kind: 'all' }, { sites });
    expect(w.entries).toHaveLength(3);
    setView({ kind: 'diagram', cx: 10, cy: 20, scale: 2 });
    expect(w.entries).toEqual(['#/arch/tiny', '#/arch/tiny?node=api', '#/arch/tiny?cut=all&node=api&view=10,20,2x']);
  });

  it('shows a cleaned-up link in place of the one that was opened, without a new entry', () => {
    const w = fakeWindow('#/arch/tiny?zoom=3&node=api');
    unbind = bindUrl({ win: w.win });
    expect(w.entries).toEqual(['#/arch/tiny?node=api']);
    expect(useExplorer.getState().notices.map((n) => n.text)).toEqual([
      'The link has an unknown parameter "zoom"; it was ignored.',
    ]);
  });

  it('replaces the entry when it corrects a link, so Back never lands on a link that pushes itself again', async () => {
    const correct = (): Correction => ({ patch: { cut: { kind: 'all' } }, notices: ['corrected'] });
    const w = fakeWindow('#/');
    unbind = bindUrl({ win: w.win, correct });
    w.open('#/compare?cut=east');
    await settle();
    expect(w.entries).toEqual(['#/', '#/compare?cut=all']);
    navigate({ page: 'matrix' });
    expect(w.entries).toEqual(['#/', '#/compare?cut=all', '#/matrix']);
    w.back();
    await settle();
    expect(w.entries).toEqual(['#/', '#/compare?cut=all', '#/matrix']);
    expect(w.index).toBe(1);
    expect(useExplorer.getState().choices.route).toEqual({ page: 'compare' });
  });

  it('drops a correction that arrives after the user moved on', async () => {
    let release: (c: Correction) => void = () => {};
    const w = fakeWindow('#/arch/tiny?node=typo');
    unbind = bindUrl({ win: w.win, correct: () => new Promise<Correction>((resolve) => (release = resolve)) });
    selectNode('api');
    release({ patch: { node: null }, notices: ['late'] });
    await settle();
    expect(useExplorer.getState().choices.node).toBe('api');
    expect(w.entries.at(-1)).toBe('#/arch/tiny?node=api');
  });

  it('tells the reconnect story when links come back, in the link, and ends it on the next cut or when done', () => {
    const w = fakeWindow('#/arch/tiny?cut=east&t=5m');
    unbind = bindUrl({ win: w.win });
    changeCut({ kind: 'none' }, { sites });
    expect(useExplorer.getState().choices).toMatchObject({ back: { sites: ['east'], central: false }, t: 300 });
    // A link to the story: a receiver sees the same reconnect story, for a cut of the same length.
    expect(w.entries.at(-1)).toBe('#/arch/tiny?back=east&t=5m');
    changeCut({ kind: 'all' }, { sites });
    expect(useExplorer.getState().choices.back).toBeNull();
    changeCut({ kind: 'none' }, { sites });
    dismissRestored();
    expect(useExplorer.getState().choices).toMatchObject({ back: null, t: null });
    expect(w.entries.at(-1)).toBe('#/arch/tiny');
  });
});
