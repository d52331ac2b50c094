/**
 * Where a presentation is, and where Next, Previous, Home and End take it. Steps and parts count from 1,
 * as the link writes them. A step shown in parts is walked part by part; stepping back into a step
 * lands on its last part, whose number is known only once that step is framed (LAST_PART). Pure.
 */
import type { TourStep } from '../../model/schema';
import { stepConditions } from '../../simulation/cut';
import { LAST_PART, type Choices } from '../../url/params';

export interface Position {
  step: number;
  steps: number;
  part: number;
  parts: number;
}

export type Move = 'next' | 'previous' | 'first' | 'last';

/** Another part of this step, or another step at its first or last part. */
export type Destination = { part: number } | { step: number; at: 'first' | 'last' };

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** The step and part the link names, brought within the tour and the step's parts. */
export const positionOf = (linked: { step: number | null; part: number | null }, steps: number, parts: number) => ({
  step: clamp(linked.step ?? 1, 1, Math.max(steps, 1)),
  steps,
  part: clamp(linked.part ?? 1, 1, Math.max(parts, 1)),
  parts,
});

/** Where a move goes from `at`; null: nowhere (the control is disabled). */
export function destination(at: Position, move: Move): Destination | null {
  const toStep = (n: number, where: 'first' | 'last'): Destination | null => {
    const step = clamp(n, 1, at.steps);
    return step === at.step ? null : { step, at: where };
  };
  switch (move) {
    case 'next':
      return at.part < at.parts ? { part: at.part + 1 } : toStep(at.step + 1, 'first');
    case 'previous':
      return at.part > 1 ? { part: at.part - 1 } : toStep(at.step - 1, 'last');
    // On the first (last) step already, Home (End) still goes to its first (last) part.
    case 'first':
      return at.step === 1 ? (at.part > 1 ? { part: 1 } : null) : toStep(1, 'first');
    case 'last':
      return at.step === at.steps ? (at.part < at.parts ? { part: at.parts } : null) : toStep(at.steps, 'last');
  }
}

/**
 * What a move writes to the link. Another step takes on the conditions it was written with (its cut,
 * time, round trip, upgrade) and drops the view and the selection of the step before.
 */
export function choicesFor(to: Destination, tour: readonly TourStep[]): Partial<Choices> {
  if ('part' in to) return { part: to.part, view: null };
  return {
    step: to.step,
    part: to.at === 'last' ? LAST_PART : null,
    ...stepConditions(tour[to.step - 1]),
    view: null,
    node: null,
  };
}
