import { useExplorer, dismissNotice, selectNotices } from '../url/store';

/** What a link asked for that could not be shown, and what is shown instead. */
export function Notices() {
  const notices = useExplorer(selectNotices);
  if (notices.length === 0) return null;
  return (
    <div role="status" aria-live="polite" className="border-b-2 border-warn bg-warn-bg px-4 py-2 text-fg" data-testid="notices">
      <ul className="mx-auto flex max-w-6xl flex-col gap-1">
        {notices.map((notice) => (
          <li key={notice.id} className="flex items-start gap-3">
            <span aria-hidden="true" className="font-bold text-warn">
              !
            </span>
            <span className="flex-1">{notice.text}</span>
            <button
              type="button"
              className="rounded px-2 font-semibold underline"
              onClick={() => dismissNotice(notice.id)}
              aria-label={`Dismiss notice: ${notice.text}`}
            >
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
