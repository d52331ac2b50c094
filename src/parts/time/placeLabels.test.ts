import { describe, expect, it } from 'vitest';
import { placeLabels } from './TimeControl';

describe('the time ruler’s labels', () => {
  const moments = [
    'just cut',
    '30 s',
    '50 s',
    '1 min',
    '2 min',
    '5 min',
    '6 min',
    '10 min',
    '31 min',
    '1 day',
    '7 days',
    '30 days',
    '37 days',
    '45 days',
    '90 days',
    '365 days',
  ];
  const labels = moments.map((text, i) => ({ at: i / (moments.length - 1), text, strong: text === '45 days' }));

  for (const width of [300, 560, 1200]) {
    it(`never overlap on a row, and the moment reached is always named (${width} px)`, () => {
      const rows = placeLabels(labels, width);
      const spans = labels.map((l, i) => {
        const w = l.text.length * 12 * 0.56 + 6;
        const x = l.at * width;
        const left = l.at > 0.85 ? x - w : l.at > 0.1 ? x - w / 2 : x;
        return { row: rows[i], left, right: left + w };
      });
      for (const a of spans)
        for (const b of spans)
          if (a !== b && a.row !== null && a.row === b.row) expect(a.right <= b.left || a.left >= b.right).toBe(true);
      expect(rows[labels.findIndex((l) => l.strong)]).not.toBeNull();
    });
  }

  it('names every moment when there is room, and fewer when there is not', () => {
    expect(placeLabels(labels, 2400).every((r) => r !== null)).toBe(true);
    const narrow = placeLabels(labels, 300).filter((r) => r !== null).length;
    expect(narrow).toBeGreaterThan(2);
    expect(narrow).toBeLessThan(labels.length);
  });
});
