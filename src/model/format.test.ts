import { describe, expect, it } from 'vitest';
import { formatCount } from './format';

describe('formatCount', () => {
  it('writes whole numbers as toLocaleString("en") does', () => {
    for (const n of [0, 7, 999, 1000, 5000, 12345, 999999, 1000000, 2147483647, -1234])
      expect(formatCount(n)).toBe(n.toLocaleString('en'));
  });
});
