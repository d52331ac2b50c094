/**
 * Text measurement at build time, with the font file the app ships (fontkit reads the same woff2 the
 * browser loads), so the layout can size each box to its label.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { createMeasure } from '../layout/measure.ts';

const require = createRequire(import.meta.url);
const fonts = new Map<number, fontkit.Font>();

function fontOf(weight: number): fontkit.Font {
  let font = fonts.get(weight);
  if (!font) {
    const file = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
    font = fontkit.create(readFileSync(file)) as fontkit.Font;
    fonts.set(weight, font);
  }
  return font;
}

/** Width in pixels of one line of text at `size` px (kerning included, as browsers shape it). */
function textWidth(text: string, size: number, weight: number): number {
  const font = fontOf(weight);
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

export const fontMeasure = createMeasure(textWidth);
