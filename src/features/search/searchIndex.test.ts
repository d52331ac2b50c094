import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../../test/fixtureData';
import { buildSearch, runSearch, searchDocs } from './searchIndex';

describe('search', async () => {
  const catalogue = await fixtureCatalogue();
  const bundles = [...catalogue.bundles.values()];
  const search = buildSearch(searchDocs(bundles, catalogue.requirements));

  it('finds an architecture by name', () => {
    expect(runSearch(search, 'tiny')[0]).toMatchObject({ kind: 'architecture', architectureId: 'tiny' });
  });

  it('finds every component by its exact id', () => {
    for (const c of bundles[0]!.architecture.components) {
      expect(
        runSearch(search, c.id, 200).some((h) => h.componentId === c.id),
        c.id,
      ).toBe(true);
    }
  });

  it('finds requirements by words of their text and by id', () => {
    expect(runSearch(search, 'central-management').some((h) => h.requirementId === 'central-management')).toBe(true);
    expect(runSearch(search, 'without the central').some((h) => h.requirementId === 'autonomy')).toBe(true);
  });

  it('needs every word to match, and returns nothing for nonsense', () => {
    expect(runSearch(search, 'zzqxv')).toEqual([]);
    expect(runSearch(search, '   ')).toEqual([]);
  });
});
