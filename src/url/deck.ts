/**
 * A deck of slides, each a view of the explorer (its link's hash) with a title, as the deck page's link
 * holds it (`#/deck?deck=…`): nothing is stored on a server. The value is the slides as JSON, base64url:
 * a link that survives chat tools and wikis. Anything that does not read back as a deck is refused.
 */
import { pages } from './pages';

export interface Slide {
  /** The view, as the hash of its link (`#/arch/kubeedge?cut=all`). */
  hash: string;
  title: string;
}

export const MAX_SLIDES = 40;
export const MAX_SLIDE_TITLE = 120;
const MAX_HASH = 2000;
/** The pages a slide can show. */
export const slidePages = ['arch', 'present', 'board', 'compare'] as const;

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export function encodeDeck(slides: readonly Slide[]): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(slides.map((s) => [s.hash, s.title]))));
}

/** Why a slide cannot be one, or null. */
export function slideProblem(hash: string, title: string): string | null {
  if (hash.length > MAX_HASH || !hash.startsWith('#/')) return 'is not a view of the explorer';
  // Read from the path alone: the codec reads a deck, so a deck cannot use the codec.
  const path = /^#\/([^/?]*)/.exec(hash)?.[1] ?? '';
  if (!slidePages.some((page) => pages[page].path === path))
    return 'is not a diagram, a tour step, the board or a comparison';
  if (title.length > MAX_SLIDE_TITLE || /\p{Cc}/u.test(title)) return 'has a title that is too long or not text';
  return null;
}

export function decodeDeck(value: string): Slide[] | null {
  if (value.length > MAX_SLIDES * (MAX_HASH + MAX_SLIDE_TITLE) * 2 || !/^[A-Za-z0-9_-]*$/.test(value)) return null;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const json: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))),
    );
    if (!Array.isArray(json) || json.length > MAX_SLIDES) return null;
    const slides: Slide[] = [];
    for (const entry of json) {
      if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || typeof entry[1] !== 'string')
        return null;
      if (slideProblem(entry[0], entry[1]) !== null) return null;
      slides.push({ hash: entry[0], title: entry[1] });
    }
    return slides;
  } catch {
    return null;
  }
}
