import { describe, expect, it } from 'vitest';
import { getViewportForBounds } from '@xyflow/system';
import { FIT_PADDING } from '../parts/canvas/viewControl';
import { FIT_MAX_ZOOM, fitViewport, MIN_ZOOM } from './firstView';

describe('the first view, computed without React Flow', () => {
  it('is where React Flow fits the diagram, for diagrams and windows of every shape', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 500; i++) {
      const bounds = {
        x: random() * 400 - 200,
        y: random() * 400 - 200,
        width: 50 + random() * 4000,
        height: 50 + random() * 2000,
      };
      const width = 200 + Math.round(random() * 3000);
      const height = 150 + Math.round(random() * 1500);
      const ours = fitViewport(bounds, width, height);
      const theirs = getViewportForBounds(bounds, width, height, MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING);
      expect(ours.zoom).toBeCloseTo(theirs.zoom, 9);
      expect(ours.x).toBeCloseTo(theirs.x, 6);
      expect(ours.y).toBeCloseTo(theirs.y, 6);
    }
  });
});
