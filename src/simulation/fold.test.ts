import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../test/fixtureData';
import { fold, localKey, nameWithoutSite } from './fold';

describe('fold', async () => {
  const { architecture } = await tinyBundle();

  it('folds the per-site copies of a component into one entry that counts its sites', () => {
    const serving = architecture.components.filter((c) => c.requirements.includes('autonomy'));
    const entries = fold(serving, architecture);
    expect(entries.map((e) => [e.key, e.name, e.siteIds])).toEqual([
      ['agent', 'Agent', ['east', 'west']],
      ['cache', 'Cache', ['east']],
      ['workloads', 'Workloads', ['east', 'west']],
    ]);
    expect(entries[0]!.copies.map((c) => c.id)).toEqual(['east-agent', 'west-agent']);
  });

  it('keeps central components as they are', () => {
    const serving = architecture.components.filter((c) => c.requirements.includes('central-management'));
    expect(fold(serving, architecture).map((e) => [e.key, e.siteIds])).toEqual([
      ['api', ['hq']],
      ['scheduler', ['hq']],
    ]);
  });

  it('takes the site out of ids and names', () => {
    expect(localKey({ id: 'dcn0-nova-compute', site: 'dcn0' })).toBe('nova-compute');
    expect(localKey({ id: 'keystone', site: 'central' })).toBe('keystone');
    expect(nameWithoutSite('nova-compute (dcn0)', 'dcn0')).toBe('nova-compute');
    expect(nameWithoutSite('Glance API (edge, dcn0)', 'dcn0')).toBe('Glance API (edge)');
    expect(nameWithoutSite('Keystone (local, synced copy)', 'subcloud1')).toBe('Keystone (local, synced copy)');
    expect(nameWithoutSite('Workloads', 'east')).toBe('Workloads');
  });
});
