import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../../test/fixtureData';
import type { ArchitectureBundle } from '../../model/dataset';
import type { Architecture } from '../../model/schema';
import { catalogueOf } from '../../parts/capabilities/catalogue';
import { buildSearch, normalise, queryTerms, runSearch, searchDocs, type SearchData } from './searchIndex';

const catalogue = await fixtureCatalogue();
const bundles = [...catalogue.bundles.values()];
const tiny = bundles[0]!.architecture;
const data = (list: readonly ArchitectureBundle[]): SearchData => ({
  bundles: list,
  requirements: catalogue.requirements,
  modelNames: { centralized: 'Centralized Control Plane' },
  capabilities: catalogueOf(
    list.map((b) => b.architecture),
    [
      {
        id: 'start-workload',
        title: 'Start a workload',
        question: 'Can a new workload start at the cut-off site?',
        description: 'A pod is scheduled there.',
      },
    ],
  ),
  defaultPair: ['tiny'],
  models: catalogue.models,
});
const search = await buildSearch(searchDocs(data(bundles)));
const ids = (query: string) => runSearch(search, query).map((h) => h.doc.id);

describe('search: what is indexed', () => {
  it('finds an architecture by name, and every component by its exact id', () => {
    expect(ids('tiny')[0]).toBe('a:tiny');
    for (const c of tiny.components) expect(ids(c.id), c.id).toContain(`c:tiny:${c.id}`);
  });

  it('finds requirements by words of their text and by id', () => {
    expect(ids('central-management')).toContain('r:central-management');
    expect(ids('without the central')).toContain('r:autonomy');
  });

  it('finds site names, reconnect texts, moments, tour steps and capabilities', () => {
    expect(ids('headquarters api')[0]).toBe('c:tiny:api');
    expect(ids('queued requests delivered')).toEqual(['c:tiny:api']);
    expect(ids('evicts replacements')).toEqual(['m:tiny:api:1']);
    expect(ids('renews certificate')).toEqual(['m:tiny:east-agent:0']);
    expect(ids('has evicted')).toContain('s:tiny:3');
    expect(ids('start a workload')).toContain('k:tiny:start-workload');
    // The catalogue's question makes each architecture's capability findable.
    expect(ids('cut-off site start')).toContain('k:tiny:start-workload');
  });

  it('finds a round-trip threshold by its words and its number, and opens the diagram just above it', () => {
    expect(ids('times out now and then')).toContain('l:tiny:api:0');
    expect(ids('300 ms')[0]).toBe('l:tiny:api:1');
    const hit = runSearch(search, 'every request times out').find((h) => h.doc.kind === 'threshold')!;
    expect(hit.doc.to).toEqual({ route: { page: 'arch', id: 'tiny' }, patch: { node: 'api', rtt: 301 } });
    // What a component does while upgraded is part of its own document.
    expect(ids('second host its workloads move')).toContain('c:tiny:east-agent');
  });

  it('finds a control-plane model by its words, and opens the home page at it', () => {
    const hit = runSearch(search, 'workers at the edge').find((h) => h.doc.kind === 'model')!;
    expect(hit.doc).toMatchObject({
      id: 'o:centralized',
      to: { route: { page: 'home' }, patch: {}, reveal: 'model-centralized' },
    });
  });

  it('needs every word to match, and returns nothing for nonsense or blanks', () => {
    expect(ids('zzqxv')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(runSearch(search, 'scheduler places').every((h) => h.complete)).toBe(true);
  });

  it('with no document holding every word, gives those with most of them, marked incomplete', () => {
    const hits = runSearch(search, 'evicts zzqxv');
    expect(hits[0]).toMatchObject({ complete: false, doc: { id: 'm:tiny:api:1' } });
  });
});

describe('search: words', () => {
  it('matches prefixes, a typo, plurals and verb forms', () => {
    expect(ids('evic')).toContain('m:tiny:api:1');
    expect(ids('schedular')[0]).toBe('c:tiny:scheduler');
    expect(ids('workload')).toContain('c:tiny:east-workloads');
    expect(ids('marked agent')).toContain('m:tiny:api:0');
    expect(['rehoming', 'rehomed', 'rehome'].map(normalise)).toEqual(['rehom', 'rehom', 'rehom']);
    expect(['caches', 'cached', 'caching'].map(normalise)).toEqual(['cach', 'cach', 'cach']);
  });

  it('matches a duration however it is written', () => {
    expect(queryTerms('what happens after 5 minutes')).toEqual(['happen', '300secs']);
    for (const query of ['5 minutes', '5 min', '5m', '300 s', '300 seconds', 'five minutes']) {
      expect(ids(query), query).toEqual(expect.arrayContaining(['m:tiny:api:1', 's:tiny:3']));
      expect(ids(query), query).not.toContain('m:tiny:api:0');
    }
    expect(ids('40 seconds')).toEqual(['m:tiny:api:0']);
    expect(ids('a month')).toEqual(['m:tiny:east-agent:0']);
    // k8s is a word, not a duration of 8 s.
    expect(queryTerms('k8s')).toEqual(['k8s']);
  });
});

describe('search: ranking', async () => {
  // Two edge sites whose names differ by one character, as StarlingX's subcloud1 and subcloud2:
  // typo tolerance lets "subcloud2" match subcloud1's components too.
  const renamed = JSON.parse(
    JSON.stringify(tiny)
      .replace(/\beast\b/gi, 'subcloud1')
      .replace(/\bwest\b/gi, 'subcloud2')
      .replace(/ \(subcloud[12]\)/g, ''),
  ) as Architecture;
  const twin = await buildSearch(searchDocs(data([{ ...bundles[0]!, architecture: renamed }])));

  it('puts a hit whose site the query names first', () => {
    const hits = runSearch(twin, 'subcloud2 workloads').map((h) => h.doc.id);
    expect(hits[0]).toBe('c:tiny:subcloud2-workloads');
    expect(hits).toContain('c:tiny:subcloud1-workloads');
    expect(runSearch(twin, 'subcloud1 workloads')[0]!.doc.id).toBe('c:tiny:subcloud1-workloads');
    expect(runSearch(twin, 'subcloud2 agent')[0]!.doc.id).toBe('c:tiny:subcloud2-agent');
  });

  it('ranks a name above a mention in a text', () => {
    expect(ids('scheduler')[0]).toBe('c:tiny:scheduler');
    expect(ids('api')[0]).toBe('c:tiny:api');
  });
});

describe('search: results', () => {
  it('show where the hit was found, with the matching words marked', () => {
    const [hit] = runSearch(search, 'evicts');
    expect(hit!.snippet!.label).toBe('After 5 min');
    expect(hit!.snippet!.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['evicts']);
    // A hit on the title or key alone shows the start of the first text, unmarked.
    const moment = runSearch(search, '5 minutes').find((h) => h.doc.kind === 'moment')!;
    expect(moment.snippet).toEqual({
      label: 'After 5 min',
      parts: [{ text: "The API evicts the site's workloads and starts replacements elsewhere.", hit: false }],
    });
  });

  it('go to the component, the moment (its site cut at that time), the tour step, the capability', () => {
    const to = (id: string) =>
      runSearch(search, id.split(':').slice(2).join(' '), 100).find((h) => h.doc.id === id)!.doc.to;
    expect(to('c:tiny:east-agent')).toEqual({ route: { page: 'arch', id: 'tiny' }, patch: { node: 'east-agent' } });
    expect(to('m:tiny:east-agent:0')).toEqual({
      route: { page: 'arch', id: 'tiny' },
      patch: { node: 'east-agent', cut: { kind: 'sites', sites: ['east'] }, t: 30 * 86400 },
    });
    expect(runSearch(search, 'evicts')[0]!.doc.to.patch).toEqual({ node: 'api', cut: { kind: 'all' }, t: 300 });
    expect(runSearch(search, 'has evicted').find((h) => h.doc.kind === 'step')!.doc.to).toEqual({
      route: { page: 'present', id: 'tiny' },
      patch: { step: 3 },
    });
    expect(runSearch(search, 'start a workload').find((h) => h.doc.kind === 'capability')!.doc.to).toEqual({
      route: { page: 'compare' },
      patch: { left: 'tiny', right: null, cut: { kind: 'all' } },
    });
  });
});
