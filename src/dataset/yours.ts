/**
 * The reader's own architecture: the file they keep in the editor (`#/edit`), shown on the explorer's
 * pages like a shipped one under the route id `yours` (its own id may be anything, even a shipped one's).
 * Kept as text in this browser only; checked and drawn by the check worker each time the text changed,
 * so a page never draws a file the validator would refuse.
 */
import { YOURS, type ArchitectureBundle } from '../model/dataset';
import { checkFile } from './checkWorker';
import { tracked } from './onDemand';

export { YOURS };

const SAVED_KEY = 'edge-explorer-editor';

/** The file kept in this browser, or null. */
export function ownFile(): string | null {
  try {
    return localStorage.getItem(SAVED_KEY);
  } catch {
    return null;
  }
}

export function keepOwnFile(text: string): void {
  try {
    localStorage.setItem(SAVED_KEY, text);
  } catch {
    // Private mode or full: the file stays on the page until it is left.
  }
}

/** The id a file declares, which its file name must match. */
export const declaredId = (text: string) => /^id:\s*["']?([a-z0-9]+(?:-[a-z0-9]+)*)["']?\s*$/m.exec(text)?.[1] ?? null;

export const NO_OWN_FILE = 'There is no architecture of your own in this browser yet.';

/** Why the reader's own architecture cannot be shown: the page says so and links to the editor. */
export class OwnArchitectureProblem extends Error {}

let drawn: { text: string; pending: Promise<ArchitectureBundle> } | null = null;
let none: Promise<never> | null = null;

/** The kept file, checked and drawn (once per text: the same promise while the text is unchanged). */
export function loadOwnArchitecture(): Promise<ArchitectureBundle> {
  const text = ownFile();
  // One promise per state, as React's use() needs: a new one each render would suspend for ever.
  if (text === null) return (none ??= Promise.reject(new OwnArchitectureProblem(NO_OWN_FILE)));
  if (drawn?.text === text) return drawn.pending;
  const pending = checkFile(`${declaredId(text) ?? YOURS}.yaml`, text).then(
    (reply) => {
      if (reply.bundle) return reply.bundle;
      const errors = reply.problems.filter((p) => p.severity === 'error').length;
      throw new OwnArchitectureProblem(
        reply.failure ??
          `Your file has ${errors} ${errors === 1 ? 'error' : 'errors'}: the editor shows where, and the last version that drew.`,
      );
    },
    (error: Error) => {
      throw new OwnArchitectureProblem(error.message);
    },
  );
  drawn = { text, pending };
  return pending;
}

/**
 * The editor hands over what it just drew, so the explorer's pages open it without drawing it again
 * (tracked: read at once, with no loading state).
 */
export function offerOwnDrawing(text: string, bundle: ArchitectureBundle): void {
  if (ownFile() === text) drawn = { text, pending: tracked(Promise.resolve(bundle)) };
}
