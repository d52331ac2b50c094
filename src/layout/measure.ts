/**
 * Word wrapping for the layout, on a measure of text width that each place supplies: fontkit reading the
 * font file the app ships, at build time (src/build/measure.ts); the browser's canvas with the same font
 * loaded, in the editor. The same wrapping either way, so a pasted file is drawn as the build would.
 */
import { LABEL_MAX_LINE } from '../model/typography.ts';

/** Width in pixels of one line of text at `size` px and `weight`. */
export type TextWidth = (text: string, size: number, weight: number) => number;

export interface Measure {
  textWidth: TextWidth;
  /** `text` in as few lines as fit `maxWidth`, as even as possible. */
  wrapText: (text: string, size: number, weight: number, maxWidth?: number) => string[];
}

export function createMeasure(textWidth: TextWidth): Measure {
  /**
   * Greedy word wrap into lines no wider than `maxWidth`: breaks at spaces, or after "-" and "/" inside a
   * long word; a single unbreakable piece wider than the limit gets a line of its own.
   */
  function greedyWrap(text: string, size: number, weight: number, maxWidth: number, insideWords: boolean): string[] {
    // Pieces keep their trailing space (or hyphen or slash), so joining them gives the text back.
    const pieces = (insideWords ? text.match(/[^\s/-]+[/-]*\s*|[/-]+\s*|\s+/g) : text.match(/\S+\s*|\s+/g)) ?? [text];
    const lines: string[] = [];
    let line = '';
    for (const piece of pieces) {
      const candidate = line + piece;
      if (line && textWidth(candidate.trimEnd(), size, weight) > maxWidth) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      } else line = candidate;
    }
    if (line.trim()) lines.push(line.trimEnd());
    return lines;
  }

  /**
   * Wraps `text` into as few lines as greedy wrapping at `maxWidth` needs, with the lines as even as
   * possible ("Platform APIs: / sysinv, VIM", not "Platform APIs: sysinv, / VIM").
   */
  function wrapText(text: string, size: number, weight: number, maxWidth = LABEL_MAX_LINE): string[] {
    // Break at spaces when that fits as few lines; inside a word ("kube-/controller") only when it must.
    const bySpaces = greedyWrap(text, size, weight, maxWidth, false);
    const byAnyBreak = greedyWrap(text, size, weight, maxWidth, true);
    const fits = (lines: string[]) => lines.every((l) => textWidth(l, size, weight) <= maxWidth);
    const insideWords = !(fits(bySpaces) && bySpaces.length <= byAnyBreak.length);
    const greedy = insideWords ? byAnyBreak : bySpaces;
    if (greedy.length < 2) return greedy;
    let low = 0;
    let high = maxWidth;
    let best = greedy;
    // The narrowest limit that still needs no more lines: found by bisection to the pixel.
    while (high - low > 1) {
      const mid = (low + high) / 2;
      const lines = greedyWrap(text, size, weight, mid, insideWords);
      if (lines.length <= greedy.length) {
        high = mid;
        best = lines;
      } else low = mid;
    }
    return best;
  }
  return { textWidth, wrapText };
}
