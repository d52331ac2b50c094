/**
 * A small architecture for behaviour tests (test/fixtures/tiny.yaml), validated and laid out as the
 * build does it. Code tests use it, not the shipped architectures, so editing content never breaks them.
 */
import { buildCatalogue, validateDirectory, type BuiltCatalogue } from '../src/build/catalogue';
import { formatProblem } from '../src/check/problems';
import type { ArchitectureBundle } from '../src/model/dataset';

export const FIXTURE_DIR = 'test/fixtures';

let built: Promise<BuiltCatalogue> | null = null;
export function fixtureCatalogue(): Promise<BuiltCatalogue> {
  built ??= validateDirectory(FIXTURE_DIR).then((result) => {
    if (result.problems.length > 0)
      throw new Error(`test fixtures are invalid:\n${result.problems.map(formatProblem).join('\n')}`);
    return buildCatalogue(result);
  });
  return built;
}

export const tinyBundle = async (): Promise<ArchitectureBundle> => (await fixtureCatalogue()).bundles.get('tiny')!;

/** The fixture catalogues (requirements, models, capabilities) as files, for a test that validates one architecture against them. */
export async function fixtureFiles(): Promise<{ file: string; content: string }[]> {
  const { readFile } = await import('node:fs/promises');
  return Promise.all(
    ['requirements', 'models', 'capabilities'].map(async (kind) => ({
      file: `${kind}.yaml`,
      content: await readFile(`${FIXTURE_DIR}/${kind}.yaml`, 'utf8'),
    })),
  );
}
