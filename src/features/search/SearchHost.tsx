/**
 * Where the search dialog lives: in the app, not in the top bar, so Ctrl+K (⌘K) searches on every page,
 * a presentation included. It loads on the first Ctrl+K, or hover or focus of the search button.
 */
import { lazy, Suspense } from 'react';
import { focusBeforeSearch, useSearchOpen } from './launcher';

const SearchDialog = lazy(() => import('./SearchDialog').then((m) => ({ default: m.SearchDialog })));

export function SearchHost() {
  const searching = useSearchOpen();
  if (!searching) return null;
  return (
    <Suspense fallback={null}>
      <SearchDialog
        // After the modal dialog has closed; while it is open the rest of the page is inert.
        onClosed={() => setTimeout(() => focusBeforeSearch()?.focus())}
      />
    </Suspense>
  );
}
