import { describe, expect, it } from 'vitest';
import { validateFiles } from '../build/validate';
import { stringify } from 'yaml';
import { expandFleet, fleetSiteId, templateSite } from './fleet';
import { shippedBundles } from '../../test/shippedData';
import { readFile } from 'node:fs/promises';

describe('expandFleet', async () => {
  const bundles = await shippedBundles();
  for (const bundle of bundles.values()) {
    const { architecture } = bundle;
    it(`${architecture.id}: copies the template site N times as valid data`, async () => {
      const fleet = expandFleet(bundle, 12);
      const template = templateSite(architecture);
      const perSite = architecture.components.filter((c) => c.site === template.id).length;
      const central = architecture.components.filter((c) => c.site === architecture.sites.find((s) => s.kind === 'central')!.id).length;
      expect(fleet.architecture.sites.map((s) => s.id).slice(1)).toEqual(Array.from({ length: 12 }, (_, i) => fleetSiteId(i + 1)));
      expect(fleet.architecture.components).toHaveLength(central + 12 * perSite);
      // The generated architecture passes the same validator as hand-written data.
      const catalogue = await Promise.all(['requirements', 'models'].map(async (n) => ({ file: `${n}.yaml`, content: await readFile(`architectures/${n}.yaml`) })));
      const { problems } = validateFiles([{ file: `${architecture.id}.yaml`, content: stringify(fleet.architecture) }, ...catalogue]);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      for (const c of fleet.architecture.components) expect(fleet.layout.components[c.id], c.id).toBeDefined();
    });
  }
});
