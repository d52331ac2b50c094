import { describe, expect, it } from 'vitest';
import { layoutArchitecture } from './layout';
import type { Architecture } from '../model/schema';
import { tinyBundle } from '../../test/fixtureData';

/** The fixture with a third edge site, `north`: a copy of `east` (same names and title, ids renamed, same links). */
async function withTwinSites(): Promise<Architecture> {
  const tiny = (await tinyBundle()).architecture;
  const copy = (id: string) => id.replace(/^east-/, 'north-');
  const east = tiny.components.filter((c) => c.site === 'east');
  const eastIds = new Set(east.map((c) => c.id));
  return {
    ...tiny,
    // The same title too: a site's width follows its title.
    sites: [...tiny.sites, { id: 'north', name: 'East', kind: 'edge' }],
    components: [...tiny.components, ...east.map((c) => ({ ...c, id: copy(c.id), site: 'north' }))],
    links: [
      ...tiny.links,
      ...tiny.links
        .filter((l) => eastIds.has(l.from))
        .map((l) => ({ ...l, from: copy(l.from), to: eastIds.has(l.to) ? copy(l.to) : l.to })),
    ],
  };
}

describe('layoutArchitecture', () => {
  it('draws edge sites that hold the same components and links alike', async () => {
    const arch = await withTwinSites();
    const layout = await layoutArchitecture(arch);
    const [one, two] = ['east', 'north'].map((site) => ({
      size: [layout.sites[site]!.width, layout.sites[site]!.height],
      // Box by component name, relative to its site.
      boxes: Object.fromEntries(
        arch.components.filter((c) => c.site === site).map((c) => [c.name, layout.components[c.id]]),
      ),
    }));
    expect(Object.keys(one!.boxes)).toHaveLength(3);
    expect(two).toEqual(one);
  }, 60_000);
});
