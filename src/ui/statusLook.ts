/** How each state reads: colour, icon and word together, so it survives greyscale and projectors. */
import type { ComponentState, DisplayState } from '../simulation/status';

/**
 * What brought a state about, as a mark beside its icon and words for its title: ↔ towards the cut
 * sites (a central component), ≈ a slow WAN, ↻ an upgrade; nothing for a cut site's own components.
 */
export function reasonOf(state: ComponentState): { mark: string; words: string } {
  if (state.state === 'connected') return { mark: '', words: '' };
  switch (state.reason) {
    case 'towards-cut':
      return { mark: '↔', words: ' towards the cut sites' };
    case 'slow-wan':
      return { mark: '≈', words: ' on the slow WAN' };
    case 'upgrade':
      return { mark: '↻', words: ' while its site is upgraded' };
    default:
      return { mark: '', words: '' };
  }
}

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
