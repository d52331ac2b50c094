import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../test/fixtureData';
import { changesOverTime, momentsOf, reconnectStory, siteTimeline } from './timeline';

describe('timeline', async () => {
  const { architecture } = await tinyBundle();
  const byId = (id: string) => architecture.components.find((c) => c.id === id)!;

  it('collects every documented moment as a stop of the time control', () => {
    expect(momentsOf(architecture)).toEqual([40, 300, 30 * 86400]);
  });

  it("tells a site's story in order: its own components and the central ones acting on it", () => {
    const east = siteTimeline(architecture, 'east').map((e) => [e.seconds, e.component.id]);
    expect(east).toEqual([
      [40, 'api'],
      [300, 'api'],
      [30 * 86400, 'east-agent'],
    ]);
    expect(siteTimeline(architecture, 'west').map((e) => e.component.id)).toEqual(['api', 'api']);
  });

  it('ends a long cut with the reconnect story of the latest moment that has one', () => {
    expect(reconnectStory(byId('api'), 0)).toBe('Queued requests are delivered.');
    expect(reconnectStory(byId('api'), 60)).toBe('Queued requests are delivered.');
    expect(reconnectStory(byId('api'), 300)).toBe('The evicted workloads are killed when the link returns.');
    expect(reconnectStory(byId('east-agent'), 31 * 86400)).toBe('An operator renews its certificate.');
  });

  it('marks the components whose story goes on after the cut', () => {
    expect(changesOverTime(byId('api'))).toBe(true);
    expect(changesOverTime(byId('scheduler'))).toBe(false);
  });
});
