import { statusLook } from './statusLook';
import type { DisplayState } from '../simulation/status';

export function StatusBadge({ state, size = 'md' }: { state: DisplayState; size?: 'sm' | 'md' }) {
  const look = statusLook[state];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-md border-2 font-semibold ${look.bg} ${look.text} ${look.border} ${size === 'sm' ? 'px-1.5 text-sm' : 'px-2 py-0.5'}`}
      data-status={state}
    >
      {look.icon && <span aria-hidden="true">{look.icon}</span>}
      {look.word}
    </span>
  );
}
