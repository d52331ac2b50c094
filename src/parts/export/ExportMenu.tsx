/**
 * The Export menu button (Enter, Space or ↓ opens the menu, ↑ opens it at its last item). The menu
 * itself and everything it makes load when it first opens (ExportMenuBody.tsx), keeping them out of
 * the first graph's bundle.
 */
import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { loadBundle } from '../../dataset/access';
import { buttonClass } from '../../ui/buttonClass';
import type { ExportProps } from './ExportMenuBody';

const ExportMenuBody = lazy(() => import('./ExportMenuBody').then((m) => ({ default: m.ExportMenuBody })));

export function ExportMenu(props: ExportProps) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const openAt = (at: 'first' | 'last') => {
    if (button.current) button.current.dataset.openAt = at;
    setLoaded(true);
    setOpen(true);
  };
  const close = useCallback((focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  }, []);
  return (
    <div className="relative" data-testid="export-menu">
      <button
        ref={button}
        type="button"
        className={`${buttonClass} border-line`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        aria-disabled={busy}
        onClick={() => (busy ? undefined : open ? close(false) : openAt('first'))}
        onPointerEnter={() => {
          void import('./ExportMenuBody');
          void loadBundle(props.id);
        }}
        onKeyDown={(event) => {
          if (!busy && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            event.preventDefault();
            openAt(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
        data-testid="export-button"
      >
        {busy ? 'Exporting…' : 'Export ▾'}
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <ExportMenuBody {...props} open={open} menuId={menuId} button={button} onClose={close} onBusy={setBusy} />
        </Suspense>
      )}
    </div>
  );
}
