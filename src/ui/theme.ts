/**
 * The theme shown: the link's `theme` if it has one, else the one the user saved, else the system's.
 * A `theme` in a link is applied without overwriting the saved preference; the toggle saves.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { selectTheme, setTheme, useExplorer } from '../url/store';
import { appliedThemes, pickTheme, THEME_KEY, type AppliedTheme } from '../model/theme';

export type { AppliedTheme };

function savedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');
const subscribeSystem = (onChange: () => void) => {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const systemIsDark = () => darkQuery().matches;

export function useAppliedTheme(): AppliedTheme {
  const chosen = useExplorer(selectTheme);
  const dark = useSyncExternalStore(subscribeSystem, systemIsDark);
  const theme = pickTheme(chosen, savedTheme(), dark);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.remove(...appliedThemes);
    root.classList.add(theme);
  }, [theme]);
  return theme;
}

export function chooseTheme(theme: AppliedTheme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private mode: the choice still applies to this page and its link.
  }
  setTheme(theme);
}
