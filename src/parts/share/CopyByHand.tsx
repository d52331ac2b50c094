/** When the browser refused to copy: the text, selected, to copy by hand (Ctrl+C or ⌘C). */
import { useId } from 'react';
import { buttonClass } from '../../ui/buttonClass';
import { Modal } from '../../ui/Modal';

export interface CopyRefused {
  what: string;
  text: string;
}

export function CopyByHand({ what, text, onClose }: CopyRefused & { onClose: () => void }) {
  const titleId = useId();
  // The text is the dialog's first control: showModal() focuses it, and focusing selects it.
  return (
    <Modal labelledBy={titleId} onClose={onClose} testId="copy-by-hand">
      <h2 id={titleId} className="text-lg font-bold">
        The browser did not let this page copy {what}
      </h2>
      <p className="mt-1 text-sm">
        It is selected below: press <kbd>Ctrl</kbd>+<kbd>C</kbd> (<kbd>⌘</kbd>+<kbd>C</kbd> on a Mac) to copy it.
      </p>
      <textarea
        readOnly
        value={text}
        rows={Math.min(14, Math.max(2, text.split('\n').length))}
        className="mt-2 w-full rounded-md border-2 border-line bg-surface-2 p-2 font-mono text-xs text-fg"
        aria-label={what}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="mt-2 flex justify-end">
        <button type="button" className={`${buttonClass} border-line`} onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
