import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './keyboard';

describe('nearestInDirection', () => {
  const grid = [
    { item: 'left', at: { x: 0, y: 100 } },
    { item: 'right', at: { x: 200, y: 100 } },
    { item: 'above', at: { x: 100, y: 0 } },
    { item: 'below-far', at: { x: 100, y: 300 } },
    { item: 'below-aside', at: { x: 220, y: 160 } },
  ];
  const here = { x: 100, y: 100 };

  it('moves to the node in the pressed direction', () => {
    expect(nearestInDirection(here, grid, 'left')).toBe('left');
    expect(nearestInDirection(here, grid, 'up')).toBe('above');
    expect(nearestInDirection(here, grid, 'right')).toBe('right');
  });

  it('prefers a node straight ahead to a nearer one off to the side', () => {
    expect(nearestInDirection(here, grid, 'down')).toBe('below-far');
  });

  it('stays put at the edge of the picture', () => {
    expect(nearestInDirection({ x: 100, y: 0 }, grid.slice(2, 3), 'up')).toBeNull();
  });
});
