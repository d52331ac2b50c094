/**
 * Robustness: 520 mutated architecture files, each of which must end in reported problems, never in
 * an exception, and quickly. The mutations are chosen so that each one really breaks the file. Then
 * extreme files (long chains, wide fans, long cycles), which must validate without throwing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { validateFiles, type InputFile } from '../check/validate';

// Test fixtures, not the shipped data: editing content must never break a code test.
const catalogues: InputFile[] = ['requirements', 'models', 'capabilities'].map((n) => ({
  file: `${n}.yaml`,
  content: readFileSync(`test/fixtures/${n}.yaml`),
}));
const sources = [{ id: 'tiny', text: readFileSync('test/fixtures/tiny.yaml', 'utf8') }];

let seed = 20261124;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Every mapping in the document with the path to it, to pick a place to break. */
function mappings(
  node: unknown,
  path: (string | number)[] = [],
  out: { path: (string | number)[]; keys: string[] }[] = [],
) {
  if (isMap(node)) {
    out.push({ path, keys: node.items.map((p) => String((p.key as { value: unknown }).value)) });
    for (const pair of node.items) mappings(pair.value, [...path, String((pair.key as { value: unknown }).value)], out);
  } else if (isSeq(node)) node.items.forEach((item, i) => mappings(item, [...path, i], out));
  return out;
}

const optionalKeys = new Set([
  'modelNote',
  'release',
  'overTime',
  'tour',
  'optional',
  'acknowledged',
  'description',
  'cut',
  't',
  'timeline',
  'capabilities',
  'note',
  'reconnect',
  'order',
  'restartRisk',
  'latency',
  'thresholds',
  'upgrade',
  'withSpare',
  'lasts',
  'spare',
  'rtt',
]);
type Mutation = (text: string) => string | Uint8Array;

const mutations: Record<string, Mutation> = {
  'truncated before the links': (text) => text.slice(0, Math.floor(random() * text.indexOf('\nlinks:'))),
  'a required field removed': (text) => {
    const doc = parseDocument(text);
    const places = mappings(doc.contents).filter((m) => m.keys.some((k) => !optionalKeys.has(k)));
    const place = pick(places);
    doc.deleteIn([...place.path, pick(place.keys.filter((k) => !optionalKeys.has(k)))]);
    return doc.toString();
  },
  'a field of the wrong type': (text) => {
    const doc = parseDocument(text);
    const place = pick(mappings(doc.contents));
    doc.setIn([...place.path, pick(place.keys)], pick([42, true, null, [1, 2], { nested: 'map' }]));
    return doc.toString();
  },
  'an unknown field': (text) => {
    const doc = parseDocument(text);
    doc.setIn([...pick(mappings(doc.contents)).path, `colour${Math.floor(random() * 1000)}`], 'green');
    return doc.toString();
  },
  'deeply nested value': (text) =>
    text.replace(/^summary:.*$/m, `summary: ${'['.repeat(2000 + Math.floor(random() * 20000))}`),
  'a huge string': (text) =>
    text.replace(/^name:.*$/m, `name: ${'x'.repeat(100_000 + Math.floor(random() * 2_000_000))}`),
  'binary garbage': () =>
    Uint8Array.from({ length: 1 + Math.floor(random() * 4000) }, (_, i) => (i === 0 ? 0 : Math.floor(random() * 256))),
  'a duplicated component': (text) => {
    const doc = parseDocument(text);
    const components = doc.get('components') as { items: Node[] };
    components.items.push(pick(components.items).clone() as Node);
    return doc.toString();
  },
  'an id that is not kebab-case': (text) => {
    const doc = parseDocument(text);
    const i = Math.floor(random() * (doc.get('components') as { items: unknown[] }).items.length);
    doc.setIn(['components', i, 'id'], `Bad_Id ${i}`);
    return doc.toString();
  },
  'an id longer than a link may carry': (text) => {
    const doc = parseDocument(text);
    const i = Math.floor(random() * (doc.get('components') as { items: unknown[] }).items.length);
    doc.setIn(['components', i, 'id'], `c-${'x'.repeat(62 + Math.floor(random() * 200))}`);
    return doc.toString();
  },
  'an id a fleet generates': (text) => {
    const doc = parseDocument(text);
    if (random() < 0.5) doc.setIn(['sites', 1, 'id'], `fleet-${1 + Math.floor(random() * 5000)}`);
    else doc.setIn(['components', 0, 'id'], `fleet-${1 + Math.floor(random() * 5000)}-api`);
    return doc.toString();
  },
  'a name that misleads': (text) => {
    const doc = parseDocument(text);
    const hostile = pick([
      'Line\nbreak',
      '\u202Eipa',
      '\u2066API\u2069',
      'API\u200F',
      '\u200B\u200B',
      '\u3164',
      '\u2800',
      '\u0301',
      'Bell\u0007',
      'Esc\u001B[31m',
    ]);
    const i = Math.floor(random() * (doc.get('components') as { items: unknown[] }).items.length);
    doc.setIn(pick([['name'], ['sites', 1, 'name'], ['components', i, 'name'], ['links', 0, 'label']]), hostile);
    return doc.toString();
  },
  'a source that is not a public page': (text) => {
    const doc = parseDocument(text);
    const url = pick([
      'https://user:secret@example.org/',
      'https://localhost/',
      'https://127.0.0.1/',
      'https://2130706433/',
      'https://10.1.2.3/',
      'https://169.254.169.254/latest/',
      'https://[::1]/',
      'https://[fe80::1]/',
      'https://intranet/',
      'https://nas.local/',
      'http://example.org/',
    ]);
    doc.setIn(['sources', 0, 'url'], url);
    return doc.toString();
  },
  'a source listed twice': (text) => {
    const doc = parseDocument(text);
    const list = doc.get('sources') as { items: Node[] };
    list.items.push(list.items[0]!.clone() as Node);
    return doc.toString();
  },
  'raw control characters': (text) => {
    const at = text.indexOf('\nsummary: ') + 11 + Math.floor(random() * 20);
    const char = pick(['\u0007', '\u001B', '\u007F', '\u0085', '\u202E', '\u2066']);
    return `${text.slice(0, at)}${char}${text.slice(at)}`;
  },
  'a YAML version or tag no YAML 1.2 reader agrees on': (text) =>
    pick([
      () => `%YAML 2.0\n---\n${text}`,
      () => text.replace(/^summary: /m, 'summary: !shout '),
      () => text.replace(/^summary: /m, 'summary: !!binary '),
      () => text.replace(/^summary: .*$/m, 'summary: !!timestamp 2026-11-24'),
    ])(),
  'an alias with no anchor': (text) => text.replace(/^summary: .*$/m, `summary: *missing${Math.floor(random() * 100)}`),
  'carriage returns only, and an unknown site': (text) =>
    text.replace(/^(\s+site: )east$/m, '$1nowhere').replace(/\r?\n/g, '\r'),
  'an alias bomb': () =>
    `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\n`,
};

describe('data corpus', () => {
  const names = Object.keys(mutations);
  const cases = Array.from({ length: 600 }, (_, i) => {
    const source = sources[i % sources.length]!;
    const kind = names[i % names.length]!;
    return {
      name: `${i}: ${source.id}, ${kind}`,
      file: `${source.id}.yaml`,
      make: () => mutations[kind]!(source.text),
    };
  });

  it('reports errors for every one, without throwing', () => {
    const silent: string[] = [];
    for (const c of cases) {
      const { problems } = validateFiles([{ file: c.file, content: c.make() }, ...catalogues]);
      if (!problems.some((p) => p.severity === 'error' && p.file === c.file)) silent.push(c.name);
    }
    expect(silent).toEqual([]);
  }, 120_000);
});

describe('valid but extreme data', () => {
  /** tiny.yaml with n more operational components at east, chained by local links; the last depends on the API over the WAN. */
  function extreme(shape: 'chain' | 'fan' | 'cycle', n: number): string {
    const source = 'sources: [{ title: Example source, url: https://example.org/x }]';
    const component = (id: string) =>
      `  - { id: ${id}, name: X, site: east, layer: compute, role: R., requirements: [autonomy], disconnected: { status: operational, impact: I., reconnect: R. }, ${source} }`;
    const link = (from: string, to: string, over = 'local') =>
      `  - { from: ${from}, to: ${to}, over: ${over}, label: l }`;
    const ids = Array.from({ length: n }, (_, i) => `x${i}`);
    const links =
      shape === 'chain'
        ? [...ids.slice(0, -1).map((id, i) => link(id, ids[i + 1]!)), link(ids.at(-1)!, 'api', 'wan')]
        : shape === 'fan'
          ? [...ids.slice(1).map((id) => link(ids[0]!, id)), ...ids.slice(1).map((id) => link(id, 'api', 'wan'))]
          : [...ids.map((id, i) => link(id, ids[(i + 1) % n]!)), link(ids[0]!, 'api', 'wan')];
    const text = readFileSync('test/fixtures/tiny.yaml', 'utf8');
    return text
      .replace(/^components:\n/m, `components:\n${ids.map(component).join('\n')}\n`)
      .replace(/^links:\n/m, `links:\n${links.join('\n')}\n`);
  }

  // The lint of such shapes at scale is tested in lint.test.ts; here the validator must stay quick and
  // refuse them by the layout's bound alone, each cap once, located.
  for (const [shape, n] of [
    ['chain', 6000],
    ['fan', 6000],
    ['cycle', 6000],
  ] as const) {
    it(`validates a ${shape} of ${n} links without throwing, refused by the layout's bound only`, () => {
      const { problems } = validateFiles([{ file: 'tiny.yaml', content: extreme(shape, n) }, ...catalogues]);
      expect(problems.map((p) => p.path)).toEqual(['sites[1].id', 'sites[1].id', 'components', 'links']);
      for (const p of problems) {
        expect(p.message).toMatch(/; at most \d+ (per site|in one architecture) \(the layout's bound\)$/);
        expect(p.line).toBeGreaterThan(1);
      }
    }, 60_000);
  }
});
