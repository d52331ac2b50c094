import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Requirement } from '../model/schema';
import { coverage, sortCoverage } from './coverage';
import { shippedBundles } from '../../test/shippedData';

describe('coverage', async () => {
  const bundles = [...(await shippedBundles()).values()];
  const requirements: Requirement[] = parse(await readFile('architectures/requirements.yaml', 'utf8')).requirements;
  const rows = coverage(requirements, bundles);

  it('lists, per requirement and architecture, exactly the components that name the requirement', () => {
    for (const row of rows) {
      for (const { architecture } of bundles) {
        const expected = architecture.components.filter((c) => c.requirements.includes(row.requirement.id)).map((c) => c.id);
        expect(row.byArchitecture.get(architecture.id)!.map((c) => c.id)).toEqual(expected);
      }
      expect(row.servedBy).toBe(bundles.filter((b) => b.architecture.components.some((c) => c.requirements.includes(row.requirement.id))).length);
    }
  });

  it('every requirement of the catalogue is served somewhere', () => {
    expect(rows.filter((r) => r.servedBy === 0).map((r) => r.requirement.id)).toEqual([]);
  });

  it('sorts by catalogue order, by least served first (stable), and by title', () => {
    expect(sortCoverage(rows, 'catalogue').map((r) => r.requirement.id)).toEqual(requirements.map((r) => r.id));
    const byCoverage = sortCoverage(rows, 'coverage');
    for (let i = 1; i < byCoverage.length; i++) expect(byCoverage[i]!.servedBy).toBeGreaterThanOrEqual(byCoverage[i - 1]!.servedBy);
    const titles = sortCoverage(rows, 'title').map((r) => r.requirement.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });
});
