import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../test/fixtureData';
import { dependenciesOf, linkKey, pathsThrough } from './dependencies';

describe('dependenciesOf', async () => {
  const { architecture } = await tinyBundle();

  it('follows what a component depends on, link by link, across the WAN', () => {
    const { dependsOn } = dependenciesOf(architecture, 'east-workloads');
    expect([...dependsOn.distance]).toEqual([
      ['east-agent', 1],
      ['east-cache', 2],
      ['api', 3],
    ]);
    expect(dependsOn.links.map(linkKey)).toEqual([
      'east-workloads->east-agent',
      'east-agent->east-cache',
      'east-cache->api',
    ]);
  });

  it('follows what depends on a component', () => {
    const { dependents } = dependenciesOf(architecture, 'api');
    expect(new Map(dependents.distance)).toEqual(
      new Map([
        ['scheduler', 1],
        ['east-cache', 1],
        ['west-agent', 1],
        ['east-agent', 2],
        ['west-workloads', 2],
        ['east-workloads', 3],
      ]),
    );
  });

  it('walks a chain of 30,000 links without recursion', () => {
    const links = Array.from({ length: 30_000 }, (_, i) => ({
      from: `c${i}`,
      to: `c${i + 1}`,
      over: 'local' as const,
      label: 'uses',
    }));
    expect(dependenciesOf({ links }, 'c0').dependsOn.distance.get('c30000')).toBe(30_000);
  });

  it('answers "on the paths?" exactly as the sets of what the walk reached and the links it followed', () => {
    for (const { id } of architecture.components) {
      const dependencies = dependenciesOf(architecture, id);
      const paths = pathsThrough(id, dependencies);
      const reached = new Set([
        id,
        ...dependencies.dependsOn.distance.keys(),
        ...dependencies.dependents.distance.keys(),
      ]);
      const walked = new Set([...dependencies.dependsOn.links, ...dependencies.dependents.links].map(linkKey));
      for (const other of architecture.components)
        expect(paths.components.has(other.id), `${id} / ${other.id}`).toBe(reached.has(other.id));
      for (const link of architecture.links)
        expect(paths.links.has(linkKey(link)), `${id} / ${linkKey(link)}`).toBe(walked.has(linkKey(link)));
      expect(paths.links.has('not a link')).toBe(false);
    }
  });
});
