/**
 * The views' keyboard shortcuts, on one window listener: each mounted view registers its keys; the most
 * recently mounted registration that binds a key handles it, and no other does. Two listeners stay
 * apart on purpose: the search launcher's (Ctrl+K must work before any view has mounted) and the
 * canvas's keys on its focused node (useCanvasKeys: arrows, + and −, Tab into the panel). Keys are written as
 * `Escape`, `ArrowRight`, `f`, `+`, or `Mod+k` (Ctrl, or ⌘ on a Mac).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

export type Hotkeys = Record<string, (event: KeyboardEvent) => void>;

interface Registration {
  keys: () => Hotkeys;
  /** Keys that work even while typing in a field (e.g. Mod+k, Escape). */
  inFields: ReadonlySet<string>;
}

const registrations: Registration[] = [];

function nameOf(event: KeyboardEvent): string {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return event.ctrlKey || event.metaKey ? `Mod+${key}` : key;
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey) return;
  const target = event.target as Element | null;
  // A modal dialog (search) handles its own keys.
  if (target?.closest?.('dialog[open]')) return;
  const inField = !!target?.closest?.('input, select, textarea, [contenteditable="true"]');
  const name = nameOf(event);
  for (let i = registrations.length - 1; i >= 0; i--) {
    const registration = registrations[i]!;
    const handler = registration.keys()[name];
    if (!handler || (inField && !registration.inFields.has(name))) continue;
    event.preventDefault();
    handler(event);
    return;
  }
}

/**
 * @param keys what each key does while the calling view is mounted (read fresh on every key press)
 * @param inFields the keys that also act while focus is in a text field
 */
export function useHotkeys(keys: Hotkeys, inFields: readonly string[] = []): void {
  const latest = useRef(keys);
  useLayoutEffect(() => {
    latest.current = keys;
  });
  const fieldKeys = inFields.join(' ');
  useEffect(() => {
    const registration: Registration = {
      keys: () => latest.current,
      inFields: new Set(fieldKeys.split(' ').filter(Boolean)),
    };
    if (registrations.length === 0) window.addEventListener('keydown', onKeyDown);
    registrations.push(registration);
    return () => {
      registrations.splice(registrations.indexOf(registration), 1);
      if (registrations.length === 0) window.removeEventListener('keydown', onKeyDown);
    };
  }, [fieldKeys]);
}
