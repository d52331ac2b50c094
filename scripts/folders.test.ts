/** The folder order of README "How the code is laid out" is enforced by .oxlintrc.json: keep the two in step. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Override {
  files: string[];
  rules: { 'no-restricted-imports'?: [string, { patterns: { group: string[] }[] }] };
}
const config = JSON.parse(readFileSync('.oxlintrc.json', 'utf8')) as { overrides: Override[] };
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const rulesFor = (folder: string) =>
  config.overrides.find((o) => o.files.includes(`src/${folder}/**/*.ts`))?.rules['no-restricted-imports']?.[1]
    .patterns ?? null;

describe('the import rules', () => {
  it('cover every folder of src/', () => {
    for (const folder of folders('src')) expect(rulesFor(folder), folder).not.toBeNull();
  });

  it('fence every page of src/features from the others', () => {
    const fence = rulesFor('features')!.flatMap((p) => p.group);
    for (const page of folders('src/features')) expect(fence, page).toContain(`../${page}/**`);
  });
});
