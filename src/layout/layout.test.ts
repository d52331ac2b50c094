import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutArchitecture, LayoutBoundError } from './layout';
import { MAX_COMPONENTS_PER_SITE, MAX_LINKS, MAX_LINKS_PER_SITE } from '../model/vocabulary';
import type { Architecture } from '../model/schema';
import { tinyBundle } from '../../test/fixtureData';
import { fontMeasure } from '../build/measure';
import { validateFiles } from '../check/validate';
import { TEMPLATE } from '../features/edit/template';
import { SITE_TITLE_FONT_SIZE, SITE_TITLE_FONT_WEIGHT } from '../model/typography';

/** Where a site's name starts in its title bar (SiteNode: padding, the kind badge, a gap). */
const SITE_NAME_START = 50;

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
    const layout = await layoutArchitecture(arch, fontMeasure);
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

  it("refuses to lay out a file over the layout's bound, saying where", async () => {
    const tiny = (await tinyBundle()).architecture;
    const template = tiny.components.find((c) => c.site === 'east')!;
    const many = Array.from({ length: MAX_COMPONENTS_PER_SITE + 1 }, (_, i) => ({ ...template, id: `east-x${i}` }));
    const links = Array.from({ length: MAX_LINKS + 1 }, (_, i) => ({
      from: many[(i % MAX_COMPONENTS_PER_SITE) + 1]!.id,
      to: many[0]!.id,
      over: 'local' as const,
      label: `l${i}`,
    }));
    const refused = await layoutArchitecture(
      { ...tiny, components: [...tiny.components, ...many], links },
      fontMeasure,
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LayoutBoundError);
    expect((refused as LayoutBoundError).problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      [
        'sites.1.id',
        `site "east" has ${MAX_COMPONENTS_PER_SITE + 1 + tiny.components.filter((c) => c.site === 'east').length} components; at most ${MAX_COMPONENTS_PER_SITE} per site (the layout's bound)`,
      ],
      [
        'sites.1.id',
        `site "east" has ${MAX_LINKS + 1} links between its own components; at most ${MAX_LINKS_PER_SITE} per site (the layout's bound)`,
      ],
      ['links', `${MAX_LINKS + 1} links; at most ${MAX_LINKS} in one architecture (the layout's bound)`],
    ]);
  });
});

describe("an edge site's WAN line", () => {
  const catalogues = ['requirements', 'models', 'capabilities'].map((kind) => ({
    file: `${kind}.yaml`,
    content: readFileSync(`architectures/${kind}.yaml`, 'utf8'),
  }));
  const files = [
    { file: 'my-deployment.yaml', content: TEMPLATE },
    ...readdirSync('architectures')
      .filter((f) => f.endsWith('.yaml') && !catalogues.some((c) => c.file === f))
      .map((file) => ({ file, content: readFileSync(`architectures/${file}`, 'utf8') })),
  ];

  // Past the kind badge and the name: the drawn check is e2e (diagram metrics, titlesCrossed).
  it.each(files.map((f) => [f.file, f] as const))(
    '%s: leaves each edge site clear of its title',
    async (_, file) => {
      const { catalogue } = validateFiles([...catalogues, file]);
      const arch = catalogue.architectures[0]!;
      const layout = await layoutArchitecture(arch, fontMeasure);
      for (const site of arch.sites.filter((s) => s.kind === 'edge')) {
        const hub = layout.hubs[site.id];
        if (!hub) continue;
        const title = SITE_NAME_START + fontMeasure.textWidth(site.name, SITE_TITLE_FONT_SIZE, SITE_TITLE_FONT_WEIGHT);
        expect(hub.x + hub.width / 2, site.id).toBeGreaterThan(title);
      }
    },
    120_000,
  );
});
