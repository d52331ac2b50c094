/** How each state reads: colour, icon and word together, so it survives greyscale and projectors. */
import type { DisplayState } from '../simulation/status';

export const statusLook: Record<
  DisplayState,
  { icon: string; word: string; text: string; bg: string; border: string }
> = {
  connected: { icon: '', word: 'Connected', text: 'text-fg', bg: 'bg-surface', border: 'border-line border-solid' },
  operational: { icon: '✓', word: 'Operational', text: 'text-ok', bg: 'bg-ok-bg', border: 'border-ok border-solid' },
  degraded: { icon: '◐', word: 'Degraded', text: 'text-warn', bg: 'bg-warn-bg', border: 'border-warn border-dashed' },
  unavailable: {
    icon: '✕',
    word: 'Unavailable',
    text: 'text-bad',
    bg: 'bg-bad-bg',
    border: 'border-bad border-dotted',
  },
};
