/** Copies the link to exactly what is on screen, and says whether it worked. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { currentPermalink } from '../../url/binding';
import { buttonClass } from '../../ui/buttonClass';
import { copyText } from './clipboard';

const CopyByHand = lazy(() => import('./CopyByHand').then((m) => ({ default: m.CopyByHand })));

export function CopyLinkButton() {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => setResult(null), 2500);
    return () => clearTimeout(timer);
  }, [result]);
  return (
    <>
      <button
        type="button"
        className={`${buttonClass} border-line`}
        onClick={async () => {
          const link = currentPermalink();
          const ok = await copyText(link);
          setResult(ok ? 'copied' : 'failed');
          if (!ok) setRefused(link);
        }}
        data-testid="copy-link"
      >
        {result === 'copied' ? '✓ Link copied' : result === 'failed' ? '✕ Not copied' : 'Copy link'}
      </button>
      <span role="status" aria-live="polite" className="sr-only">
        {result === 'copied'
          ? 'Link to this view copied to the clipboard'
          : result === 'failed'
            ? 'The browser did not copy the link; it is shown to copy by hand'
            : ''}
      </span>
      {refused !== null && (
        <Suspense fallback={null}>
          <CopyByHand what="the link" text={refused} onClose={() => setRefused(null)} />
        </Suspense>
      )}
    </>
  );
}
