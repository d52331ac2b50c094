import { useState } from 'react';
import { appliedThemes } from '../model/theme';
import { chooseTheme, useAppliedTheme, type AppliedTheme } from '../ui/theme';
import { hrefTo } from '../url/hrefs';
import { selectRoute, useExplorer } from '../url/store';
import { navigation } from '../url/pages';
// The search dialog's shell is in the main bundle, and its launcher catches Ctrl+K (⌘K) from the
// moment the bundle runs, before any view has mounted, so no keystroke typed after it is lost.
import { openSearch, prefetchSearch } from '../features/search/launcher';

// The dialog loads on the first Ctrl+K, hover or focus of the button; what is typed meanwhile is kept (launcher.ts).

const themeNames: Record<AppliedTheme, string> = { light: 'Light', dark: 'Dark', projector: 'Projector' };
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function TopBar() {
  const theme = useAppliedTheme();
  const route = useExplorer(selectRoute);
  // On a phone the pages and the theme fold behind "Menu": one row of chrome above the diagram.
  const [menu, setMenu] = useState(false);
  const link = (page: (typeof navigation)[number]['page'], label: string) => {
    const current = route.page === page || (page === 'home' && route.page === 'arch');
    return (
      <a
        key={page}
        href={hrefTo({ page })}
        aria-current={current ? 'page' : undefined}
        className={`rounded-md px-2 py-1 font-semibold no-underline ${current ? 'bg-surface-2 text-fg' : 'text-muted hover:text-fg'}`}
      >
        {label}
      </a>
    );
  };
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b-2 border-line bg-surface px-3 py-1.5 max-sm:text-sm">
      <a href="#/" className="mr-2 flex items-center gap-2 font-bold text-fg no-underline">
        <img src="./favicon.svg" alt="" width={24} height={24} />
        <span className="sr-only sm:not-sr-only">Edge Architecture Explorer</span>
      </a>
      <button
        type="button"
        className="rounded-md border-2 border-line px-2 py-0.5 font-semibold sm:hidden"
        aria-expanded={menu}
        aria-controls="main-menu"
        onClick={() => setMenu(!menu)}
      >
        Menu ▾
      </button>
      <nav
        id="main-menu"
        aria-label="Main"
        className={`${menu ? 'flex' : 'max-sm:hidden'} flex-wrap gap-1 max-sm:order-last max-sm:w-full sm:flex`}
      >
        {navigation.map(({ page, label }) => link(page, label))}
      </nav>
      <div className="ml-auto flex items-center gap-2">
        <button
          type="button"
          onClick={openSearch}
          onPointerEnter={() => void prefetchSearch()}
          onFocus={() => void prefetchSearch()}
          className="flex items-center gap-2 rounded-md border-2 border-line px-2 py-0.5 text-muted"
          aria-keyshortcuts="Control+K Meta+K"
          data-testid="search-button"
        >
          <span aria-hidden="true">⌕</span> <span className="max-sm:sr-only">Search</span>{' '}
          <kbd className="rounded border border-line px-1 text-xs max-sm:hidden">{isMac ? '⌘K' : 'Ctrl K'}</kbd>
        </button>
        <label className={`${menu ? 'flex' : 'max-sm:hidden'} items-center gap-1 text-sm sm:flex`}>
          <span className="text-muted max-sm:sr-only">Theme</span>
          <select
            value={theme}
            onChange={(event) => chooseTheme(event.target.value as AppliedTheme)}
            className="rounded-md border-2 border-line bg-surface px-1 py-0.5 text-fg"
            data-testid="theme-select"
          >
            {appliedThemes.map((t) => (
              <option key={t} value={t}>
                {themeNames[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
