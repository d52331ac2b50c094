import { lazy, Suspense, useState } from 'react';

const LegendBody = lazy(() => import('./LegendBody'));
const prefetch = () => void import('./LegendBody');

/**
 * The diagram's key. Every entry pairs its colour with a line pattern, an icon or a word. It starts
 * closed, so its entries load when the reader first opens it (or points at it), not with the diagram.
 */
export function Legend() {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="rounded-lg border-2 border-line bg-surface/95 px-3 py-2 text-sm shadow"
      data-testid="legend"
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
    >
      <summary className="cursor-pointer font-semibold" onPointerEnter={prefetch} onFocus={prefetch}>
        Legend
      </summary>
      {opened && (
        <Suspense fallback={<p className="mt-1 text-muted">Loading…</p>}>
          <LegendBody />
        </Suspense>
      )}
    </details>
  );
}
