import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expectedProblems } from './fixtures/expected';
import { jsonSchemas } from './jsonSchema';
import { formatProblem } from '../check/problems';
import { validateFiles, type InputFile } from '../check/validate';
import {
  architectureSchema,
  kebabId,
  requirementSchema,
  siteSchema,
  sourceSchema,
  sourceUrlProblem,
  tourStepSchema,
} from '../model/schema';
import {
  FLEET_ID,
  fleetSiteId,
  MAX_COMPONENTS,
  MAX_COMPONENTS_PER_SITE,
  MAX_FLEET_SITES,
  MAX_ID_LENGTH,
  MAX_LINKS,
  MAX_LINKS_PER_SITE,
} from '../model/vocabulary';
import { stringify } from 'yaml';
import { isId } from '../url/params';

const fixtures = path.join(import.meta.dirname, 'fixtures');
/** A frozen copy of the requirement and model catalogues, so editing the shipped ones never moves a golden report. */
const catalogues = async (): Promise<InputFile[]> =>
  Promise.all(
    ['requirements.yaml', 'models.yaml'].map(async (name) => ({
      file: `catalogue/${name}`,
      content: await readFile(path.join(fixtures, 'catalogue', name)),
    })),
  );

/**
 * A fixture `<name>.yaml` is an architecture, checked with the catalogues; a fixture
 * `models/<name>/models.yaml` is a models file, checked with the requirements.
 */
async function reportFor(name: string): Promise<string[]> {
  const models = name.startsWith('models/');
  const file = models ? `${name}/models.yaml` : `${name}.yaml`;
  const input = { file, content: await readFile(path.join(fixtures, file)) };
  const [requirements, ...rest] = await catalogues();
  const { problems } = validateFiles(models ? [input, requirements!] : [input, requirements!, ...rest]);
  return problems.map(formatProblem);
}

describe('broken fixtures', async () => {
  const names = [
    ...(await readdir(fixtures)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')),
    ...(await readdir(path.join(fixtures, 'models'))).map((d) => `models/${d}`),
  ];

  it('has a corpus of at least 25 broken files, each with its expected report', () => {
    const broken = names.filter((n) => n !== 'valid-minimal');
    expect(broken.length).toBeGreaterThanOrEqual(25);
    expect(broken.sort()).toEqual(Object.keys(expectedProblems).sort());
  });

  it('accepts the valid base every fixture is derived from', async () => {
    expect(await reportFor('valid-minimal')).toEqual([]);
  });

  for (const [name, expected] of Object.entries(expectedProblems)) {
    it(`reports ${name} exactly`, async () => {
      expect(await reportFor(name)).toEqual(expected);
    });
  }
});

describe('the shipped JSON Schemas', () => {
  it('ships JSON Schemas that match the zod schema (run `npm run schema` after changing it)', async () => {
    for (const [file, schema] of Object.entries(jsonSchemas())) {
      const shipped = JSON.parse(await readFile(`architectures/schema/${file}`, 'utf8'));
      expect(shipped, file).toEqual(schema);
    }
  });
});

describe('validateFiles', () => {
  it('reports every problem of every file in one run', async () => {
    const names = ['unknown-site', 'bad-status', 'empty'];
    const inputs = await Promise.all(
      names.map(async (n) => ({ file: `${n}.yaml`, content: await readFile(path.join(fixtures, `${n}.yaml`)) })),
    );
    const { problems } = validateFiles([...inputs, ...(await catalogues())]);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(names.map((n) => `${n}.yaml`)));
  });

  it("refuses the id the explorer's links give the reader's own architecture", async () => {
    const content = String(await readFile(path.join(fixtures, 'valid-minimal.yaml'))).replace(
      /^id: valid-minimal$/m,
      'id: yours',
    );
    const { problems } = validateFiles([{ file: 'yours.yaml', content }, ...(await catalogues())]);
    expect(problems.map(formatProblem)).toEqual([
      `yours.yaml:2:5  id  id "yours" is reserved: the explorer's links name the reader's own architecture with it`,
    ]);
  });

  it('reports a duplicate architecture id across files', async () => {
    const content = await readFile(path.join(fixtures, 'valid-minimal.yaml'));
    const { problems } = validateFiles([
      { file: 'a/valid-minimal.yaml', content },
      { file: 'b/valid-minimal.yaml', content },
      ...(await catalogues()),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'b/valid-minimal.yaml:2:5  id  duplicate architecture id "valid-minimal" (also in a/valid-minimal.yaml)',
    ]);
  });

  it('never throws, whatever bytes it is given', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: next() % 400 }, () => next() % 256);
      expect(() => validateFiles([{ file: 'random.yaml', content: bytes }])).not.toThrow();
    }
  });
});

describe('npm run validate', () => {
  it('prints file:line:column lines for all files and exits 1', async () => {
    const run = promisify(execFile);
    const result = await run('npx', [
      'tsx',
      'src/build/cli.ts',
      'src/build/fixtures/unknown-site.yaml',
      'src/build/fixtures/empty.yaml',
    ]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect('code' in result ? result.code : 0).toBe(1);
    expect(result.stdout).toContain(
      'src/build/fixtures/unknown-site.yaml:32:11  components[1].site  unknown site "edge-9" (known: central, edge-1)',
    );
    expect(result.stdout).toContain('src/build/fixtures/empty.yaml:1:1  (file)  file is empty');
    expect(result.stderr).toContain('2 files checked: 3 errors, 0 warnings');
  }, 20_000);
});

describe('limits shared with the URL', () => {
  it('accepts an id exactly when a link can carry it, in a fleet too', () => {
    for (let length = 1; length <= MAX_ID_LENGTH + 40; length++) {
      const id = 'a'.repeat(length);
      const valid = kebabId.safeParse(id).success;
      expect(valid, `${length} characters`).toBe(length <= MAX_ID_LENGTH);
      // Every id the data may use makes a working link, also as a generated fleet component.
      if (valid) expect(isId(id) && isId(`${fleetSiteId(MAX_FLEET_SITES)}-${id}`), `${length} characters`).toBe(true);
    }
  });

  it('keeps the ids a fleet generates for the fleet', () => {
    const site = (id: string) => siteSchema.safeParse({ id, name: 'Site', kind: 'edge' }).success;
    expect(site('edge-1')).toBe(true);
    expect(site('fleet')).toBe(true);
    expect(site('fleet-a')).toBe(true);
    expect(site('fleet-1')).toBe(false);
    expect(site(fleetSiteId(MAX_FLEET_SITES))).toBe(false);
    expect(FLEET_ID.test(`${fleetSiteId(7)}-nova-compute`)).toBe(true);
  });
});

describe("the layout's bound", () => {
  const source = [{ title: 'ECG wiki', url: 'https://wiki.openstack.org/wiki/Edge_Computing_Group' }];
  /** `central` with `centralCount` components and edge sites with the given counts, each site's own components in a chain plus `extra` links. */
  function dense(edgeCounts: { n: number; links: number }[], central = { n: 1, links: 0 }) {
    const sites = [
      { id: 'central', name: 'Central', kind: 'central' },
      ...edgeCounts.map((_, i) => ({ id: `edge-${i}`, name: `Edge ${i}`, kind: 'edge' })),
    ];
    const components: object[] = [];
    const links: object[] = [];
    const fill = (site: string, n: number, count: number) => {
      for (let i = 0; i < n; i++)
        components.push({
          id: `${site}-c${i}`,
          name: `C${i}`,
          site,
          layer: 'compute',
          role: 'Runs.',
          requirements: ['autonomy'],
          disconnected: { status: 'degraded', impact: 'Keeps running.', reconnect: 'Reconnects.' },
          sources: source,
        });
      // Every pair of components in order, later depending on earlier, until there are `count` links.
      for (let made = 0, b = 1; made < count && b < n; b++)
        for (let a = 0; a < b && made < count; a++, made++)
          links.push({ from: `${site}-c${b}`, to: `${site}-c${a}`, over: 'local', label: 'x' });
    };
    fill('central', central.n, central.links);
    edgeCounts.forEach(({ n, links: count }, i) => {
      fill(`edge-${i}`, n, count);
      links.push({ from: `edge-${i}-c0`, to: 'central-c0', over: 'wan', label: 'RPC' });
    });
    return {
      id: 'dense',
      name: 'Dense',
      model: 'centralized-control-plane',
      summary: 'Dense.',
      sources: source,
      sites,
      components,
      links,
    };
  }
  const report = async (arch: object) => {
    const { problems } = validateFiles([
      { file: 'dense.yaml', content: stringify(arch, { aliasDuplicateObjects: false }) },
      ...(await catalogues()),
    ]);
    return problems.map(formatProblem);
  };

  it('accepts a file at every cap', async () => {
    const n = MAX_COMPONENTS_PER_SITE;
    // Three sites of 30 components: 60 + 60 + 28 links inside them and 2 WAN links make 150.
    const atCaps = dense(
      [
        { n, links: MAX_LINKS_PER_SITE },
        { n, links: MAX_LINKS - 2 * MAX_LINKS_PER_SITE - 2 },
      ],
      { n: MAX_COMPONENTS - 2 * n, links: MAX_LINKS_PER_SITE },
    );
    expect(atCaps.components).toHaveLength(MAX_COMPONENTS);
    expect(atCaps.links).toHaveLength(MAX_LINKS);
    expect(await report(atCaps)).toEqual([]);
  });

  it('refuses a site or a file over a cap, located', async () => {
    expect(await report(dense([{ n: MAX_COMPONENTS_PER_SITE + 1, links: MAX_LINKS_PER_SITE + 1 }]))).toEqual([
      `dense.yaml:12:9  sites[1].id  site "edge-0" has ${MAX_COMPONENTS_PER_SITE + 1} components; at most ${MAX_COMPONENTS_PER_SITE} per site (the layout's bound)`,
      `dense.yaml:12:9  sites[1].id  site "edge-0" has ${MAX_LINKS_PER_SITE + 1} links between its own components; at most ${MAX_LINKS_PER_SITE} per site (the layout's bound)`,
    ]);
    const four = Array.from({ length: 4 }, () => ({ n: 25, links: 40 }));
    const lines = await report(dense(four));
    expect(lines.map((l) => l.replace(/^dense\.yaml:\d+:\d+ {2}/, ''))).toEqual([
      `components  101 components; at most ${MAX_COMPONENTS} in one architecture (the layout's bound)`,
      `links  164 links; at most ${MAX_LINKS} in one architecture (the layout's bound)`,
    ]);
  });
});

describe('lengths of names and titles', () => {
  it('accepts each at its cap and refuses one character more', () => {
    const fields = [
      ['architecture name', architectureSchema.shape.name, 60],
      ['tour step title', tourStepSchema.shape.title, 80],
      ['tour step text', tourStepSchema.shape.text, 1000],
      ['requirement title', requirementSchema.shape.title, 80],
      ['source title', sourceSchema.shape.title, 200],
    ] as const;
    for (const [what, schema, cap] of fields) {
      expect(schema.safeParse('x'.repeat(cap)).success, what).toBe(true);
      const refused = schema.safeParse('x'.repeat(cap + 1));
      expect(
        refused.error?.issues.map((i) => i.message),
        what,
      ).toEqual([expect.stringMatching(new RegExp(`^must be at most ${cap} characters \\(`))]);
    }
  });
});

describe('source URLs', () => {
  it('accept public pages', () => {
    for (const url of [
      'https://docs.openstack.org/project-deploy-guide/tripleo-docs/latest/features/distributed_compute_node.html',
      'https://wiki.openstack.org/wiki/Edge_Computing_Group',
      'https://example.org/',
      'https://8.8.8.8/',
      'https://[2606:4700:4700::1111]/',
      'https://xn--bcher-kva.example.com/',
      'https://localhost.example.org/',
    ])
      expect(sourceUrlProblem(url), url).toBeNull();
  });

  it('reject credentials and hosts that are not public, however the address is written', () => {
    for (const url of [
      'https://a@example.org/',
      'https://:b@example.org/',
      'https://LOCALHOST./',
      'https://api.localhost/',
      'https://0x7f.1/',
      'https://0177.0.0.1/',
      'https://127.1/',
      'https://0.0.0.0/',
      'https://[::]/',
      'https://[0:0:0:0:0:0:0:1]/',
      'https://[::ffff:10.0.0.1]/',
      'https://[64:ff9b::192.168.0.1]/',
      'https://[fc00::1]/',
      'https://[febf::1]/',
      'https://[ff02::1]/',
      'https://172.31.255.255/',
      'https://224.0.0.1/',
      'https://192.0.2.10/',
      'https://host.test/',
      'https://db.lan/',
      // IPv4-compatible (::a.b.c.d, deprecated), 6to4 (2002:aabb:ccdd::) and IPv4-translated (::ffff:0:a.b.c.d).
      'https://[::7f00:1]/',
      'https://[::127.0.0.1]/',
      'https://[::a00:1]/',
      'https://[::8.8.8.8]/',
      'https://[2002:7f00:1::]/',
      'https://[2002:c0a8:101::1]/',
      'https://[2002:a9fe:a9fe::]/',
      'https://[::ffff:0:7f00:1]/',
      'https://[::ffff:0:10.1.2.3]/',
    ])
      expect(sourceUrlProblem(url), url).not.toBeNull();
  });

  it('accept 6to4 and IPv4-translated addresses that embed a public IPv4 address', () => {
    for (const url of ['https://[2002:808:808::1]/', 'https://[::ffff:0:808:808]/'])
      expect(sourceUrlProblem(url), url).toBeNull();
  });

  it('are at most 2000 characters long', () => {
    const url = (length: number) => `https://example.org/${'a'.repeat(length - 'https://example.org/'.length)}`;
    expect(sourceSchema.shape.url.safeParse(url(2000)).success).toBe(true);
    expect(sourceSchema.shape.url.safeParse(url(2001)).error?.issues.map((i) => i.message)).toEqual([
      'must be at most 2000 characters',
    ]);
    expect(sourceSchema.shape.url.safeParse(url(100_000)).success).toBe(false);
  });
});
