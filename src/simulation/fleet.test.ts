import { readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../check/validate';
import { FIXTURE_DIR, tinyBundle } from '../../test/fixtureData';
import { intersects } from '../model/geometry';
import { expandFleet, fleetSiteId, sitesWithin, templateSite } from './fleet';

describe('expandFleet', async () => {
  const bundle = await tinyBundle();
  const { architecture } = bundle;

  it('copies the first edge site N times, as data the validator accepts', async () => {
    const fleet = expandFleet(bundle, 12);
    const template = templateSite(architecture);
    expect(template.id).toBe('east');
    expect(fleet.architecture.sites.map((s) => s.id).slice(1)).toEqual(
      Array.from({ length: 12 }, (_, i) => fleetSiteId(i + 1)),
    );
    expect(fleet.architecture.components.map((c) => c.id)).toEqual(
      expect.arrayContaining(['api', 'scheduler', 'fleet-1-agent', 'fleet-12-workloads']),
    );
    expect(fleet.architecture.components).toHaveLength(2 + 12 * 3);
    // A link from a template component to the central site is copied for every site.
    expect(fleet.architecture.links.filter((l) => l.to === 'api' && l.over === 'wan')).toHaveLength(12);
    const catalogues = await Promise.all(
      ['requirements', 'models', 'capabilities'].map(async (n) => ({
        file: `${n}.yaml`,
        content: await readFile(`${FIXTURE_DIR}/${n}.yaml`),
      })),
    );
    const { problems } = validateFiles([
      { file: 'tiny.yaml', content: stringify({ ...fleet.architecture, capabilities: undefined }) },
      ...catalogues,
    ]);
    // Only the generator may use fleet ids, so the validator rejects those and nothing else.
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((p) => !/kept for the sites and components \?sites= generates/.test(p.message))).toEqual([]);
    for (const c of fleet.architecture.components) expect(fleet.layout.components[c.id], c.id).toBeDefined();
  });

  it('places the sites without overlap', () => {
    const rects = Object.values(expandFleet(bundle, 50).layout.sites);
    expect(rects).toHaveLength(51);
    for (const a of rects) for (const b of rects) if (a !== b) expect(intersects(a, b)).toBe(false);
  });

  it('keeps only the sites near a region, and always the central site', () => {
    const fleet = expandFleet(bundle, 100);
    const first = fleet.layout.sites['fleet-1']!;
    const near = sitesWithin(fleet, { x: first.x, y: first.y, width: 10, height: 10 });
    expect(near.sites.map((s) => s.id)).toEqual(['hq', 'fleet-1']);
    expect(
      near.links.every(
        (l) => near.components.some((c) => c.id === l.from) && near.components.some((c) => c.id === l.to),
      ),
    ).toBe(true);
  });
});
