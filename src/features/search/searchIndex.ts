/** One search over architectures, components (of every architecture) and requirements. */
import MiniSearch from 'minisearch';
import type { Requirement } from '../../model/schema';
import type { ArchitectureBundle } from '../../model/dataset';

export type SearchKind = 'architecture' | 'component' | 'requirement';

export interface SearchDoc {
  id: string;
  kind: SearchKind;
  title: string;
  /** Where the result lives, shown under its title: architecture and site for a component. */
  context: string;
  key: string;
  text: string;
  architectureId?: string;
  componentId?: string;
  requirementId?: string;
}

export function searchDocs(bundles: readonly ArchitectureBundle[], requirements: readonly Requirement[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const { architecture: a } of bundles) {
    docs.push({
      id: `a:${a.id}`,
      kind: 'architecture',
      title: a.name,
      context: 'Architecture',
      key: a.id,
      text: `${a.summary} ${a.modelNote ?? ''}`,
      architectureId: a.id,
    });
    const siteName = new Map(a.sites.map((s) => [s.id, s.name]));
    for (const c of a.components) {
      docs.push({
        id: `c:${a.id}:${c.id}`,
        kind: 'component',
        title: c.name,
        context: `${a.name} · ${siteName.get(c.site)}`,
        key: `${c.id} ${c.layer}`,
        text: `${c.role} ${c.disconnected.impact}`,
        architectureId: a.id,
        componentId: c.id,
      });
    }
  }
  for (const r of requirements) {
    docs.push({
      id: `r:${r.id}`,
      kind: 'requirement',
      title: r.title,
      context: 'ECG requirement',
      key: r.id,
      text: r.description,
      requirementId: r.id,
    });
  }
  return docs;
}

export function buildSearch(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const search = new MiniSearch<SearchDoc>({
    fields: ['title', 'key', 'text'],
    storeFields: ['kind', 'title', 'context', 'architectureId', 'componentId', 'requirementId'],
    // Ids like "dcn0-nova-compute" are searched by their words too.
    tokenize: (text) => text.split(/[\s\-_/(),.:;·]+/).filter(Boolean),
    searchOptions: {
      boost: { title: 4, key: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  search.addAll(docs as SearchDoc[]);
  return search;
}

export type SearchHit = Pick<
  SearchDoc,
  'id' | 'kind' | 'title' | 'context' | 'architectureId' | 'componentId' | 'requirementId'
>;

export function runSearch(search: MiniSearch<SearchDoc>, query: string, limit = 30): SearchHit[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  return search.search(trimmed).slice(0, limit) as unknown as SearchHit[];
}
