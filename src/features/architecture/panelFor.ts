/** Which side panel the architecture page shows: one answer for every combination of state. */
export type Panel = 'details' | 'reconnect' | 'cut-summary' | 'about' | null;

export interface PanelState {
  /** A component is selected (and exists). */
  component: boolean;
  /** Links just came back: their reconnect story. */
  restored: boolean;
  /** Something is cut, the WAN is slow, or a site is being upgraded. */
  simulating: boolean;
  /** The user asked for the architecture's overview. */
  about: boolean;
}

/** The selection comes first, then the story of what just came back, then the cut (and the other conditions), then the overview. */
export function panelFor({ component, restored, simulating, about }: PanelState): Panel {
  if (component) return 'details';
  if (restored) return 'reconnect';
  if (simulating) return 'cut-summary';
  if (about) return 'about';
  return null;
}
