/**
 * Runs before the app's JavaScript has arrived, and starts the app. On a link to an architecture that asks for nothing
 * but a theme, it first shows the diagram the canvas is about to draw, pre-drawn at build time
 * (src/prerender), where the canvas will draw it. The canvas removes it once it has drawn the diagram
 * itself (src/ui/firstPicture.ts). It is a picture for the eyes only: hidden from assistive technology
 * and transparent to the pointer. Any other link, a phone-sized window or a width whose header is not
 * known shows nothing here: never a picture of a state the link does not ask for.
 */
import {
  canvasTop,
  EARLY_KEYS,
  type EarlyKeys,
  FIRST_DIR,
  FIRST_META,
  FIRST_PICTURE_ID,
  PHONE_WIDTH,
  pictureBox,
} from '../model/firstView';
import { pickTheme, THEME_KEY } from '../model/theme';
import type { Rect } from '../model/geometry';
import { trustedScriptUrl, type TrustedTypesLike } from '../model/trustedScriptUrl';

function savedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}

function linkedPicture(hash: string): { id: string; theme: string | null } | null {
  const match = /^#\/arch\/([a-z0-9-]+)(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[2] ?? '');
  if ([...params.keys()].some((key) => key !== 'theme')) return null;
  return { id: match[1]!, theme: params.get('theme') };
}

function linkedBounds(id: string): Rect | null {
  try {
    const all = JSON.parse(document.querySelector(`meta[name="${FIRST_META}"]`)?.getAttribute('content') ?? '{}');
    return Object.hasOwn(all, id) ? (all[id] as Rect) : null;
  } catch {
    return null;
  }
}

/**
 * Starts the app: its entry (preloaded by the page) as a module script. The site's policy lets only this
 * named policy make that one URL into a script URL.
 */
function startApp(entry: string): void {
  const types = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = trustedScriptUrl(types, 'boot-app', entry);
  document.head.append(script);
}

/** Whether a picture was placed: then the app waits for the frame that paints it. */
function show(): boolean {
  const link = linkedPicture(location.hash);
  const bounds = link && linkedBounds(link.id);
  if (!link || !bounds) return false;
  const theme = pickTheme(link.theme, savedTheme(), matchMedia('(prefers-color-scheme: dark)').matches);
  // The page's colours from the first paint, as the app will set them.
  document.documentElement.classList.add(theme);
  const width = innerWidth;
  const top = canvasTop(width, innerHeight, theme);
  if (width < PHONE_WIDTH || top === null) return false;
  const box = pictureBox(bounds, { left: 0, top, width, height: innerHeight - top });
  const img = document.createElement('img');
  img.id = FIRST_PICTURE_ID;
  img.alt = '';
  img.setAttribute('aria-hidden', 'true');
  img.dataset.bounds = JSON.stringify(bounds);
  img.decoding = 'sync';
  img.src = `${FIRST_DIR}/${link.id}.${theme}.svg`;
  Object.assign(img.style, {
    position: 'fixed',
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    pointerEvents: 'none',
    userSelect: 'none',
    zIndex: '5',
  });
  document.body.append(img);
  // Another page asked for before the app runs: the picture is of the wrong one.
  addEventListener('hashchange', () => img.remove(), { once: true });
  return true;
}

// Keys pressed before the app runs are kept for it (the search replays them). Ctrl+K is the browser's
// own shortcut too: it is taken here, as the app takes it.
const early: EarlyKeys = { keys: [], stop: () => removeEventListener('keydown', keep, true) };
function keep(event: KeyboardEvent): void {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') event.preventDefault();
  const { key, code, ctrlKey, metaKey, altKey, shiftKey } = event;
  early.keys.push({ key, code, ctrlKey, metaKey, altKey, shiftKey });
}
addEventListener('keydown', keep, true);
(window as unknown as Record<string, EarlyKeys>)[EARLY_KEYS] = early;

const entry = (document.currentScript as HTMLScriptElement | null)?.dataset.app;
let pictured = false;
try {
  pictured = show();
} catch {
  // The picture is a nicety: whatever went wrong, the app still starts.
}
if (entry) {
  if (!pictured) startApp(entry);
  else {
    // After the frame that paints the picture; a hidden tab paints no frame, hence the timer too.
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      startApp(entry);
    };
    requestAnimationFrame(() => setTimeout(start));
    setTimeout(start, 100);
  }
}
