import { describe, expect, it } from 'vitest';
import { validateDirectory } from './catalogue';
import { layoutArchitecture } from './layout';

describe('layoutArchitecture', () => {
  it('draws edge sites that hold the same components and links alike (Airship edge-1 and edge-2)', async () => {
    const result = await validateDirectory('architectures');
    const airship = result.catalogue.architectures.find((a) => a.id === 'airship')!;
    const layout = await layoutArchitecture(airship);
    const [one, two] = ['edge-1', 'edge-2'].map((site) => {
      const members = airship.components.filter((c) => c.site === site);
      // Box by component name, relative to its site.
      return {
        size: [layout.sites[site]!.width, layout.sites[site]!.height],
        boxes: Object.fromEntries(members.map((c) => [c.name, layout.components[c.id]])),
      };
    });
    expect(Object.keys(one!.boxes).length).toBeGreaterThan(5);
    expect(two).toEqual(one);
  }, 60_000);
});
