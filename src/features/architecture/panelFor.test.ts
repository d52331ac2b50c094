import { describe, expect, it } from 'vitest';
import { panelFor } from './panelFor';

describe('panelFor', () => {
  const none = { component: false, restored: false, simulating: false, about: false };
  it('shows nothing when nothing is asked for', () => expect(panelFor(none)).toBeNull());
  it('puts the selection above every other panel', () => {
    expect(panelFor({ component: true, restored: true, simulating: true, about: true })).toBe('details');
  });
  it('tells the reconnect story before the cut summary, and the cut summary before the overview', () => {
    expect(panelFor({ ...none, restored: true, simulating: true, about: true })).toBe('reconnect');
    expect(panelFor({ ...none, simulating: true, about: true })).toBe('cut-summary');
    expect(panelFor({ ...none, about: true })).toBe('about');
  });
});
