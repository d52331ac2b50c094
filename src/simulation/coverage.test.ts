import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../test/fixtureData';
import { coverage, sortCoverage } from './coverage';

describe('coverage', async () => {
  const catalogue = await fixtureCatalogue();
  const bundles = [...catalogue.bundles.values()];
  const rows = coverage(catalogue.requirements, bundles);

  it('lists, per requirement and architecture, the components that serve it', () => {
    const autonomy = rows.find((r) => r.requirement.id === 'autonomy')!;
    expect(autonomy.byArchitecture.get('tiny')!.map((c) => c.id)).toEqual([
      'east-agent',
      'east-cache',
      'east-workloads',
      'west-agent',
      'west-workloads',
    ]);
    expect(autonomy.servedBy).toBe(1);
  });

  it('sorts by catalogue order, by least served first (stable), and by title', () => {
    expect(sortCoverage(rows, 'catalogue').map((r) => r.requirement.id)).toEqual(['autonomy', 'central-management']);
    expect(sortCoverage(rows, 'title').map((r) => r.requirement.id)).toEqual(['autonomy', 'central-management']);
    const unserved = [{ ...rows[1]!, servedBy: 0 }, rows[0]!];
    expect(sortCoverage(unserved.toReversed(), 'coverage').map((r) => r.servedBy)).toEqual([0, 1]);
  });
});
