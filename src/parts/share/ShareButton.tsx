/** The Share button; its dialog (the link and an <iframe> snippet) loads when first opened. */
import { lazy, Suspense, useRef, useState } from 'react';
import { buttonClass } from '../../ui/buttonClass';

const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

export function ShareButton({ title }: { title: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`${buttonClass} border-line`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        onPointerEnter={() => void import('./ShareDialog')}
        data-testid="share-button"
      >
        Share…
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog
            title={title}
            onClose={() => {
              setOpen(false);
              setTimeout(() => button.current?.focus());
            }}
          />
        </Suspense>
      )}
    </>
  );
}
