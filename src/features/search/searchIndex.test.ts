import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { shippedBundles } from '../../../test/shippedData';
import { buildSearch, runSearch, searchDocs } from './searchIndex';

describe('search', async () => {
  const bundles = [...(await shippedBundles()).values()];
  const requirements = parse(await readFile('architectures/requirements.yaml', 'utf8')).requirements;
  const search = buildSearch(searchDocs(bundles, requirements));

  it('finds an architecture by name', () => {
    expect(runSearch(search, 'starlingx')[0]).toMatchObject({ kind: 'architecture', architectureId: 'starlingx-distributed-cloud' });
  });

  it('finds every component by its exact id, across all architectures', () => {
    for (const { architecture } of bundles) {
      for (const c of architecture.components) {
        const hits = runSearch(search, c.id, 200);
        expect(hits.some((h) => h.componentId === c.id && h.architectureId === architecture.id), `${architecture.id}/${c.id}`).toBe(true);
      }
    }
  });

  it('finds requirements by words of their text and by id', () => {
    expect(runSearch(search, 'time-sync').some((h) => h.requirementId === 'time-sync')).toBe(true);
    const ptp = runSearch(search, 'PTP');
    expect(ptp.some((h) => h.kind === 'requirement')).toBe(true);
  });

  it('needs every word to match, and returns nothing for nonsense', () => {
    expect(runSearch(search, 'zzqxv')).toEqual([]);
    expect(runSearch(search, '   ')).toEqual([]);
  });
});
