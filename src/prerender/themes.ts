/**
 * The palette of each theme, read from the stylesheet the site ships (its :root, .dark and .projector
 * blocks), so a picture drawn at build time has the colours the page will have.
 */
import { appliedThemes, type AppliedTheme } from '../model/theme';
import { themePaletteFrom, type Palette } from '../parts/export/palette';

const selectors: Record<AppliedTheme, string> = { light: ':root', dark: '.dark', projector: '.projector' };

/** The custom properties set by a rule whose selector is exactly `selector`. */
function variables(css: string, selector: string): Map<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const block = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  if (block === undefined) throw new Error(`The stylesheet has no "${selector} { … }" rule for the first pictures`);
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

export function themePalettes(css: string): Record<AppliedTheme, Palette> {
  const light = variables(css, selectors.light);
  return Object.fromEntries(
    appliedThemes.map((theme) => {
      // A theme overrides the light tokens; what it leaves out is the light one.
      const own = theme === 'light' ? light : new Map([...light, ...variables(css, selectors[theme])]);
      const palette = themePaletteFrom(theme, (name) => {
        const value = own.get(name);
        if (!value) throw new Error(`The stylesheet sets no ${name} for the ${theme} theme`);
        return value;
      });
      return [theme, palette];
    }),
  ) as Record<AppliedTheme, Palette>;
}
