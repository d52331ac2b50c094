/**
 * Which theme a page shows: the link's `theme` if it names one, else the one the reader saved, else
 * the system's. One rule for the app and for the boot script that paints before it.
 */
export const appliedThemes = ['light', 'dark', 'projector'] as const;
export type AppliedTheme = (typeof appliedThemes)[number];
/** Where the reader's choice is saved (localStorage). */
export const THEME_KEY = 'edge-explorer-theme';

export const isApplied = (value: string | null | undefined): value is AppliedTheme =>
  (appliedThemes as readonly (string | null | undefined)[]).includes(value);

export const pickTheme = (linked: string | null, saved: string | null, systemDark: boolean): AppliedTheme =>
  isApplied(linked) ? linked : isApplied(saved) ? saved : systemDark ? 'dark' : 'light';
