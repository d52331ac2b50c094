import { describe, expect, it } from 'vitest';
import type { TourStep } from '../../model/schema';
import { LAST_PART } from '../../url/params';
import { choicesFor, destination, positionOf, type Position } from './presentation';

const at = (step: number, part: number, parts = 1, steps = 3): Position => ({ step, steps, part, parts });

describe('moving through a presentation', () => {
  it('reads the link within the tour and the step: no step or part is step 1, part 1; too far is the last', () => {
    expect(positionOf({ step: null, part: null }, 3, 2)).toEqual(at(1, 1, 2));
    expect(positionOf({ step: 9, part: LAST_PART }, 3, 2)).toEqual(at(3, 2, 2));
    expect(positionOf({ step: 0, part: 0 }, 3, 2)).toEqual(at(1, 1, 2));
    // Not framed yet (no size): part 1 of none, so Next goes to the next step.
    expect(positionOf({ step: 2, part: 4 }, 3, 0)).toEqual(at(2, 1, 0));
  });

  it('walks a step in parts before moving on, and steps back into the previous step at its last part', () => {
    expect(destination(at(1, 1, 3), 'next')).toEqual({ part: 2 });
    expect(destination(at(1, 3, 3), 'next')).toEqual({ step: 2, at: 'first' });
    expect(destination(at(2, 2, 3), 'previous')).toEqual({ part: 1 });
    expect(destination(at(2, 1, 3), 'previous')).toEqual({ step: 1, at: 'last' });
    expect(destination(at(2, 1, 0), 'next')).toEqual({ step: 3, at: 'first' });
  });

  it('goes nowhere past either end, which disables the control', () => {
    expect(destination(at(1, 1, 2), 'previous')).toBeNull();
    expect(destination(at(3, 2, 2), 'next')).toBeNull();
    expect(destination(at(3, 1, 2), 'next')).toEqual({ part: 2 });
  });

  it('Home and End go to the first and last step; on that step already, to its first or last part', () => {
    expect(destination(at(2, 2, 2), 'first')).toEqual({ step: 1, at: 'first' });
    expect(destination(at(2, 1, 2), 'last')).toEqual({ step: 3, at: 'last' });
    expect(destination(at(1, 2, 2), 'first')).toEqual({ part: 1 });
    expect(destination(at(3, 1, 2), 'last')).toEqual({ part: 2 });
    expect(destination(at(1, 1, 2), 'first')).toBeNull();
    expect(destination(at(3, 2, 2), 'last')).toBeNull();
  });

  it("writes a part alone, or a step with its own conditions and neither the last step's view nor selection", () => {
    const tour = [
      { title: 'A', text: 'a', focus: ['x'] },
      { title: 'B', text: 'b', focus: ['y'], cut: ['east'], t: '5m', rtt: '150ms' },
    ] as TourStep[];
    expect(choicesFor({ part: 2 }, tour)).toEqual({ part: 2, view: null });
    expect(choicesFor({ step: 2, at: 'last' }, tour)).toEqual({
      step: 2,
      part: LAST_PART,
      cut: { kind: 'sites', sites: ['east'] },
      t: 300,
      rtt: 150,
      upgrade: null,
      spare: false,
      view: null,
      node: null,
    });
    expect(choicesFor({ step: 1, at: 'first' }, tour)).toMatchObject({ step: 1, part: null, t: null, rtt: 0 });
  });
});
