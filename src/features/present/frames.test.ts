import { describe, expect, it } from 'vitest';
import { FRAME_PADDING, MAX_TOUR_ZOOM, framesFor, type Box } from './frames';

const box = (id: string, x: number, y: number, width = 150, height = 40): Box => ({ id, x, y, width, height });

describe('tour frames', () => {
  it('frames a small focus set in one frame, zoomed in a little but not far', () => {
    const frames = framesFor([box('a', 0, 0), box('b', 200, 0)], 1280, 500);
    expect(frames).toEqual([{ ids: ['a', 'b'], zoom: MAX_TOUR_ZOOM }]);
  });

  it('fits a set that just fits at zoom 1, without zooming out', () => {
    const frames = framesFor([box('a', 0, 0), box('b', 1000, 400)], 1280 - 0, 440 + 2 * FRAME_PADDING);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.zoom).toBeGreaterThanOrEqual(1);
  });

  it('pans across a set too large for the screen: parts in reading order, each at zoom ≥ 1', () => {
    const boxes = [box('c', 1400, 0), box('a', 0, 0), box('b', 700, 20), box('d', 2100, 10)];
    const frames = framesFor(boxes, 1280, 500);
    expect(frames.length).toBeGreaterThan(1);
    expect(frames.flatMap((f) => f.ids)).toEqual(['a', 'b', 'c', 'd']);
    for (const f of frames) expect(f.zoom).toBeGreaterThanOrEqual(1);
  });

  it('splits a tall set top to bottom', () => {
    const boxes = [box('b', 0, 600), box('a', 0, 0), box('c', 300, 1200)];
    expect(framesFor(boxes, 1280, 500).map((f) => f.ids)).toEqual([['a'], ['b'], ['c']]);
  });
});
