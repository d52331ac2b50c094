/**
 * The presentation's step and part, kept in the link (`step=`, `part=`), and the keys that move them:
 * → PageDown Space for Next, ← PageUp for Previous, Home and End for the first and last step.
 */
import type { TourStep } from '../../model/schema';
import { useHotkeys } from '../../ui/useHotkeys';
import { selectPart, selectStep, setChoices, useExplorer } from '../../url/store';
import { choicesFor, destination, positionOf, type Move } from './presentation';

/** The step shown (from 1), before its parts are known. */
export const useStep = (tour: readonly TourStep[]): number =>
  positionOf({ step: useExplorer(selectStep), part: null }, tour.length, 0).step;

/** Where the presentation is, given how many parts the step is shown in, and the moves from there. */
export function usePresentation(tour: readonly TourStep[], parts: number) {
  const at = positionOf({ step: useExplorer(selectStep), part: useExplorer(selectPart) }, tour.length, parts);
  const go = (move: Move) => {
    const to = destination(at, move);
    if (to) setChoices(choicesFor(to, tour));
  };
  useHotkeys({
    ArrowRight: () => go('next'),
    PageDown: () => go('next'),
    ' ': () => go('next'),
    ArrowLeft: () => go('previous'),
    PageUp: () => go('previous'),
    Home: () => go('first'),
    End: () => go('last'),
  });
  return { at, go, can: (move: Move) => destination(at, move) !== null };
}
