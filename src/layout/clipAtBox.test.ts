import { describe, expect, it } from 'vitest';
import { clipAtBox } from './clipAtBox';

// Airship's Container registries, and ELK's route of a WAN leg to it (site coordinates, from the build).
const box = { x: 10, y: 54, width: 156, height: 30 };
const throughBox = [
  { x: 443, y: 180 },
  { x: 443, y: 108 },
  { x: 508, y: 108 },
  { x: 508, y: 46 },
  { x: 503, y: 46 },
  { x: 503, y: 41 },
  { x: 93, y: 41 },
  { x: 93, y: 92 },
  { x: 88, y: 92 },
  { x: 88, y: 84 },
];

describe('clipAtBox', () => {
  it('ends a route that runs through its end box where it first meets the box', () => {
    expect(clipAtBox(throughBox, box)).toEqual([...throughBox.slice(0, 7), { x: 93, y: 54 }]);
  });

  it('keeps a route that meets its box only at its end, from any side', () => {
    const fromBelow = [
      { x: 300, y: 200 },
      { x: 88, y: 200 },
      { x: 88, y: 84 },
    ];
    const fromLeft = [
      { x: 0, y: 10 },
      { x: 0, y: 70 },
      { x: 10, y: 70 },
    ];
    const alongTheBorder = [
      { x: 10, y: 20 },
      { x: 10, y: 84 },
      { x: 50, y: 84 },
    ];
    for (const route of [fromBelow, fromLeft, alongTheBorder]) expect(clipAtBox(route, box)).toEqual(route);
  });

  it('cuts a horizontal run into the box at the side it enters', () => {
    const route = [
      { x: 200, y: 20 },
      { x: 200, y: 60 },
      { x: 50, y: 60 },
      { x: 50, y: 84 },
    ];
    expect(clipAtBox(route, box)).toEqual([
      { x: 200, y: 20 },
      { x: 200, y: 60 },
      { x: 166, y: 60 },
    ]);
  });
});
