import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expectedProblems } from './fixtures/expected';
import { jsonSchemas } from './jsonSchema';
import { formatProblem } from './problems';
import { validateFiles, type InputFile } from './validate';
import {
  architectureSchema,
  kebabId,
  requirementSchema,
  siteSchema,
  sourceSchema,
  sourceUrlProblem,
  tourStepSchema,
} from '../model/schema';
import { FLEET_ID, fleetSiteId, MAX_FLEET_SITES, MAX_ID_LENGTH } from '../model/vocabulary';
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
