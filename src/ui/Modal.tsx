/**
 * A modal <dialog>: shown with showModal() when it mounts (the page behind is inert and focus moves to
 * its first control), closed when it unmounts. Esc asks the owner to close it, so the owner's state
 * stays the one truth about whether it is open.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export function Modal({
  labelledBy,
  onClose,
  testId,
  children,
}: {
  labelledBy: string;
  onClose: () => void;
  testId: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    return () => element.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="mx-auto mt-[8vh] w-[min(44rem,calc(100vw-1.5rem))] rounded-xl border-2 border-line bg-surface p-4 text-fg shadow-2xl backdrop:bg-black/50"
      data-testid={testId}
    >
      {children}
    </dialog>
  );
}
