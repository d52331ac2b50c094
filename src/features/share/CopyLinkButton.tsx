/** Copies the link to exactly what is on screen. */
import { useState } from 'react';
import { currentPermalink } from '../../url/binding';
import { buttonClass } from '../../ui/buttonClass';

async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without the async clipboard (plain http on another host), fall back to a selected field.
    const field = document.createElement('textarea');
    field.value = text;
    document.body.append(field);
    field.select();
    document.execCommand('copy');
    field.remove();
  }
}

export function CopyLinkButton() {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`${buttonClass} border-line`}
        onClick={async () => {
          await writeClipboard(currentPermalink());
          setCopied(true);
          setTimeout(() => setCopied(false), 2500);
        }}
        data-testid="copy-link"
      >
        {copied ? '✓ Link copied' : 'Copy link'}
      </button>
      <span role="status" aria-live="polite" className="sr-only">
        {copied ? 'Link to this view copied to the clipboard' : ''}
      </span>
    </>
  );
}
