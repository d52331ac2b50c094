/**
 * The deck being collected in this browser: "+ Deck" appends the view on screen, the deck page edits
 * it. Kept in localStorage (the deck's link is what is shared, and a shared deck never replaces this
 * one unless the reader asks); a private window keeps it for the page's life only.
 */
import { useSyncExternalStore } from 'react';
import { decodeDeck, encodeDeck, MAX_SLIDES, type Slide } from '../../url/deck';

const KEY = 'edge-explorer-deck';
let memory = encodeDeck([]);
const listeners = new Set<() => void>();

/** The deck as its link encodes it: a string, so a snapshot compares by value. */
function raw(): string {
  try {
    return localStorage.getItem(KEY) ?? memory;
  } catch {
    return memory;
  }
}

export const readWorkingDeck = (): Slide[] => decodeDeck(raw()) ?? [];

export function saveWorkingDeck(slides: readonly Slide[]): void {
  memory = encodeDeck(slides);
  try {
    localStorage.setItem(KEY, memory);
  } catch {
    // Private mode or a full store: the deck lives in memory, and in its link.
  }
  for (const listener of listeners) listener();
}

/** Adds a slide at the end; false when the deck is full. */
export function addToWorkingDeck(slide: Slide): boolean {
  const slides = readWorkingDeck();
  if (slides.length >= MAX_SLIDES) return false;
  saveWorkingDeck([...slides, slide]);
  return true;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
};

/** The deck being collected, encoded (equal strings: the same deck). */
export const useWorkingDeckCode = () => useSyncExternalStore(subscribe, raw);
/** How many slides the deck being collected holds. */
export const useWorkingDeckSize = () => (decodeDeck(useWorkingDeckCode()) ?? []).length;
