import { useState } from 'react';
import { dismissAllNotices, dismissNotice, selectNotices, useExplorer } from '../url/store';

/** At most this many show at once, so a link full of tracker parameters cannot push the page away. */
const SHOWN = 3;

/** What a link asked for that could not be shown, and what is shown instead. */
export function Notices() {
  const notices = useExplorer(selectNotices);
  const [expanded, setExpanded] = useState(false);
  if (notices.length === 0) return null;
  const shown = expanded ? notices : notices.slice(0, SHOWN);
  return (
    <div
      role="status"
      aria-live="polite"
      className="max-h-[35vh] overflow-y-auto border-b-2 border-warn bg-warn-bg px-4 py-2 text-fg"
      data-testid="notices"
    >
      <ul className="mx-auto flex max-w-6xl flex-col gap-1">
        {shown.map((notice) => (
          <li key={notice.id} className="flex items-start gap-3">
            <span aria-hidden="true" className="font-bold text-warn">
              !
            </span>
            <span className="flex-1 break-words">{notice.text}</span>
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
      {notices.length > 1 && (
        <div className="mx-auto flex max-w-6xl gap-4 pt-1 text-sm">
          {notices.length > SHOWN && (
            <button
              type="button"
              className="font-semibold underline"
              aria-expanded={expanded}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? 'Show fewer' : `Show ${notices.length - SHOWN} more`}
            </button>
          )}
          <button
            type="button"
            className="font-semibold underline"
            onClick={dismissAllNotices}
            data-testid="dismiss-all-notices"
          >
            Dismiss all {notices.length}
          </button>
        </div>
      )}
    </div>
  );
}
