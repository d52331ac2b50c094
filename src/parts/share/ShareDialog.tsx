/** Share: the link to this view and an <iframe> snippet that embeds it in a wiki page, each with an honest Copy. */
import { useId, useRef, useState } from 'react';
import { buttonClass } from '../../ui/buttonClass';
import { Modal } from '../../ui/Modal';
import { useExplorer } from '../../url/store';
import { currentPermalink } from '../../url/binding';
import { copyText } from './clipboard';
import { iframeSnippet, viewLink } from './embedLink';

function CopyField({ label, text, rows, testId }: { label: string; text: string; rows: number; testId: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  return (
    <div className="mt-3 flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        ref={field}
        readOnly
        value={text}
        rows={rows}
        className="w-full rounded-md border-2 border-line bg-surface-2 p-2 font-mono text-xs break-all text-fg"
        onFocus={(event) => event.currentTarget.select()}
        data-testid={testId}
      />
      <div className="flex items-center gap-2">
        <button
          type="button"
          className={`${buttonClass} border-line`}
          onClick={async () => {
            const ok = await copyText(text);
            setResult(ok ? 'copied' : 'failed');
            if (!ok) {
              field.current?.focus();
              field.current?.select();
            }
          }}
        >
          Copy
        </button>
        <span role="status" aria-live="polite" className="text-sm" data-testid={`${testId}-status`}>
          {result === 'copied'
            ? '✓ Copied'
            : result === 'failed'
              ? '✕ The browser did not copy it: it is selected above, press Ctrl+C (⌘C) to copy it.'
              : ''}
        </span>
      </div>
    </div>
  );
}

export function ShareDialog({ title, onClose }: { title: string; onClose: () => void }) {
  const titleId = useId();
  const choices = useExplorer((s) => s.choices);
  const [href] = useState(() => currentPermalink());
  const link = viewLink(href, choices, false);
  const embed = viewLink(href, choices, true);
  return (
    <Modal labelledBy={titleId} onClose={onClose} testId="share-dialog">
      <div className="flex items-start justify-between gap-2">
        <h2 id={titleId} className="text-xl font-bold">
          Share this view
        </h2>
        <button type="button" className={`${buttonClass} border-line`} onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      <p className="text-sm text-muted">The link opens exactly this view: selection, cut, time, viewport and theme.</p>
      <CopyField label="Link" text={link} rows={2} testId="share-link" />
      <CopyField label="Embed in a wiki page (HTML)" text={iframeSnippet(embed, title)} rows={4} testId="share-embed" />
      <p className="mt-2 text-sm text-muted">
        The embed shows the diagram without the explorer’s menus; the page scrolls past it unless the reader clicks into
        it (or holds Ctrl/⌘ to zoom), and its links open the full explorer in a new tab.{' '}
        <a href={embed} target="_blank" rel="noopener">
          Preview the embed ↗
        </a>
      </p>
    </Modal>
  );
}
