/**
 * Reading the data folder: only regular files, each with a size cap, and a located problem for
 * anything else. Git can commit symbolic links, so one pull request could otherwise hang CI (a FIFO),
 * exhaust its memory (a link to /dev/zero) or end the run with a bare EISDIR/ENOENT/ELOOP line.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, MAX_FILE_BYTES, MAX_TOTAL_BYTES, readInputs } from './catalogue';
import { formatProblem } from '../check/problems';
import { validateFiles } from '../check/validate';
import { MAX_COMPONENTS, MAX_COMPONENTS_PER_SITE, MAX_LINKS, MAX_LINKS_PER_SITE } from '../model/vocabulary';

let dir = '';
const valid = () => readFile(path.join(import.meta.dirname, 'fixtures', 'valid-minimal.yaml'), 'utf8');

/** An architecture whose edge components form one chain of n local links, ending in a WAN link. */
function chainFile(id: string, n: number): string {
  const sources = 'sources: [{title: t, url: "https://example.org/"}]';
  const component = (cid: string, site: string, status: string) =>
    `- {id: ${cid}, name: c, site: ${site}, layer: compute, role: r, requirements: [autonomy], disconnected: {status: ${status}, impact: i, reconnect: r}, ${sources}}`;
  return [
    `id: ${id}`,
    'name: Chain',
    'model: centralized-control-plane',
    'summary: s',
    sources,
    'sites: [{id: central, name: C, kind: central}, {id: edge-1, name: E, kind: edge}]',
    'components:',
    component('api', 'central', 'degraded'),
    ...Array.from({ length: n + 1 }, (_, i) => component(`c${i}`, 'edge-1', 'operational')),
    'links:',
    ...Array.from({ length: n }, (_, i) => `- {from: c${i}, to: c${i + 1}, over: local, label: l}`),
    `- {from: c${n}, to: api, over: wan, label: w}`,
    '',
  ].join('\n');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'validate-hostile-'));
  execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
  await symlink('/dev/zero', path.join(dir, 'zero.yaml'));
  await mkdir(path.join(dir, 'folder.yaml'));
  await symlink('nowhere.yaml', path.join(dir, 'broken.yaml'));
  await symlink('loop-b.yaml', path.join(dir, 'loop-a.yaml'));
  await symlink('loop-a.yaml', path.join(dir, 'loop-b.yaml'));
  await writeFile(path.join(dir, 'huge.yaml'), '');
  await truncate(path.join(dir, 'huge.yaml'), MAX_FILE_BYTES + 1);
  await writeFile(path.join(dir, 'valid-minimal.yaml'), await valid());
  await symlink('valid-minimal.yaml', path.join(dir, 'linked.yaml'));
  // More chained links than the recursive lint survived (about 5,000).
  await writeFile(path.join(dir, 'chain.yaml'), chainFile('chain', 6000));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('readInputs', () => {
  it('reads regular files, follows links to them, and says why it reads nothing else, without waiting', async () => {
    // A FIFO would block here forever (the test's time-out); everything else takes well under a second.
    const files = await collectFiles([dir]);
    const inputs = await readInputs(files, dir);
    const byName = Object.fromEntries(inputs.map((i) => [i.file, 'unreadable' in i ? i.unreadable : 'read']));
    expect(byName).toEqual({
      'broken.yaml': 'a symbolic link to "nowhere.yaml", which does not exist: not read',
      'chain.yaml': 'read',
      'fifo.yaml': 'a named pipe (FIFO): only regular files are read',
      'folder.yaml': 'a folder: only regular files are read',
      'huge.yaml': 'file has 2,097,153 bytes, more than the 2,097,152 bytes (2 MiB) a data file may have: not read',
      'linked.yaml': 'read',
      'loop-a.yaml': 'a symbolic link to "loop-b.yaml" that loops: not read',
      'loop-b.yaml': 'a symbolic link to "loop-a.yaml" that loops: not read',
      'valid-minimal.yaml': 'read',
      'zero.yaml': 'a symbolic link to "/dev/zero", a character device: only regular files are read',
    });
  }, 30_000);

  it('reads a target that is missing as a file that says so, instead of ending the run', async () => {
    const missing = path.join(dir, 'missing.yaml');
    expect(await readInputs(await collectFiles([missing]), dir)).toEqual([
      { file: 'missing.yaml', unreadable: 'no such file or folder' },
    ]);
  });

  it('never reads more than the total budget in one run', async () => {
    const many = await mkdtemp(path.join(tmpdir(), 'validate-budget-'));
    try {
      const count = Math.ceil(MAX_TOTAL_BYTES / MAX_FILE_BYTES) + 1;
      for (let i = 0; i < count; i++) {
        await writeFile(path.join(many, `f${i}.yaml`), '');
        await truncate(path.join(many, `f${i}.yaml`), MAX_FILE_BYTES);
      }
      const inputs = await readInputs(await collectFiles([many]), many);
      const read = inputs.filter((i) => 'content' in i);
      expect(read.reduce((sum, i) => sum + ('content' in i ? i.content.length : 0), 0)).toBeLessThanOrEqual(
        MAX_TOTAL_BYTES,
      );
      expect(inputs.at(-1)).toEqual({
        file: `f${count - 1}.yaml`,
        unreadable: 'not read: this run has read 8 MiB of data already',
      });
    } finally {
      await rm(many, { recursive: true, force: true });
    }
  });
});

describe('npm run validate on a hostile folder', () => {
  it("finishes in seconds with a located problem for each entry it cannot read, and refuses the long chain by the layout's bound", async () => {
    const run = promisify(execFile);
    const result = await run('npx', ['tsx', 'src/build/cli.ts', dir], { maxBuffer: 64 * 1024 * 1024 }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect('code' in result ? result.code : 0).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name));
    for (const name of ['fifo', 'zero', 'folder', 'broken', 'loop-a', 'loop-b', 'huge'])
      expect(lines.filter((l) => l.startsWith(`${shown(`${name}.yaml`)}:1:1  (file)  `))).toHaveLength(1);
    // Four lines, not one per component: the lint of such chains is tested in lint.test.ts.
    const chain = lines.filter((l) => l.startsWith(`${shown('chain.yaml')}:`));
    expect(chain.map((l) => l.slice(l.indexOf('  ') + 2))).toEqual([
      `sites[1].id  site "edge-1" has 6001 components; at most ${MAX_COMPONENTS_PER_SITE} per site (the layout's bound)`,
      `sites[1].id  site "edge-1" has 6000 links between its own components; at most ${MAX_LINKS_PER_SITE} per site (the layout's bound)`,
      `components  6002 components; at most ${MAX_COMPONENTS} in one architecture (the layout's bound)`,
      `links  6001 links; at most ${MAX_LINKS} in one architecture (the layout's bound)`,
    ]);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(400);
    // 7 unreadable entries, and linked.yaml read through its link: the id of the file it points to
    // does not match its own name, and is then a duplicate.
    expect(
      lines.filter((l) => l.startsWith(shown('linked.yaml')) || l.startsWith(shown('valid-minimal.yaml'))),
    ).toEqual([
      `${shown('linked.yaml')}:2:5  id  id "valid-minimal" must match the file name "linked.yaml"`,
      `${shown('valid-minimal.yaml')}:2:5  id  duplicate architecture id "valid-minimal" (also in ${shown('linked.yaml')})`,
    ]);
    expect(result.stderr).toContain('10 files checked: 13 errors, 0 warnings');
  }, 120_000);

  it('reports unreadable inputs as located problems and keeps them out of the catalogue', () => {
    const { problems, catalogue } = validateFiles([
      { file: 'pipe.yaml', unreadable: 'a named pipe (FIFO): only regular files are read' },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'pipe.yaml:1:1  (file)  a named pipe (FIFO): only regular files are read',
    ]);
    expect(catalogue.architectures).toEqual([]);
  });
});
