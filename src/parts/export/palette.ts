/**
 * The colours an exported picture is drawn in: "print" (the light theme on white, for slides and
 * paper, whatever the screen shows) or the theme on screen now, read from its CSS variables.
 */
import { appliedThemes, type AppliedTheme } from '../../model/theme';

export interface Palette {
  name: 'print' | AppliedTheme;
  background: string;
  surface: string;
  border: string;
  text: string;
  muted: string;
  accent: string;
  central: string;
  centralBorder: string;
  edge: string;
  edgeBorder: string;
  wan: string;
  local: string;
  ok: string;
  okBg: string;
  warn: string;
  warnBg: string;
  bad: string;
  badBg: string;
  cut: string;
  /** Heavier lines for a room (the projector theme). */
  lineScale: number;
}

/** The light theme's tokens (src/app/styles.css) on a white page. */
export const PRINT_PALETTE: Palette = {
  name: 'print',
  background: '#ffffff',
  surface: '#ffffff',
  border: '#cbd5e1',
  text: '#0f172a',
  muted: '#475569',
  accent: '#1d4ed8',
  central: '#eff6ff',
  centralBorder: '#1d4ed8',
  edge: '#f0fdf4',
  edgeBorder: '#15803d',
  wan: '#7c3aed',
  local: '#64748b',
  ok: '#166534',
  okBg: '#dcfce7',
  warn: '#854d0e',
  warnBg: '#fef3c7',
  bad: '#b91c1c',
  badBg: '#fee2e2',
  cut: '#b91c1c',
  lineScale: 1,
};

/** The CSS variable each colour of a palette is read from. */
export const paletteTokens: Record<Exclude<keyof Palette, 'name' | 'lineScale'>, string> = {
  background: '--bg',
  surface: '--surface',
  border: '--border',
  text: '--text',
  muted: '--muted',
  accent: '--accent',
  central: '--central',
  centralBorder: '--central-border',
  edge: '--edge',
  edgeBorder: '--edge-border',
  wan: '--wan',
  local: '--local',
  ok: '--ok',
  okBg: '--ok-bg',
  warn: '--warn',
  warnBg: '--warn-bg',
  bad: '--bad',
  badBg: '--bad-bg',
  cut: '--cut',
};

/** A theme's palette, each colour read from its CSS variable (`read`); what it does not give stays print. */
export function themePaletteFrom(name: AppliedTheme, read: (variable: string) => string): Palette {
  const palette = { ...PRINT_PALETTE, name, lineScale: name === 'projector' ? 1.6 : 1 };
  for (const [key, variable] of Object.entries(paletteTokens)) {
    const value = read(variable);
    if (value) (palette as unknown as Record<string, string>)[key] = value;
  }
  return palette;
}

/** The theme on screen now (light, dark or projector), as the diagram shows it. */
export function themePalette(root: Element = document.documentElement): Palette {
  const css = getComputedStyle(root);
  // Should two classes ever meet, the later rule of the stylesheet (.projector after .dark) shows.
  const name = appliedThemes.findLast((theme) => root.classList.contains(theme)) ?? 'light';
  return themePaletteFrom(name, (variable) => css.getPropertyValue(variable).trim());
}

export type ImageColours = 'print' | 'theme';

export const paletteFor = (choice: ImageColours): Palette => (choice === 'print' ? PRINT_PALETTE : themePalette());
