/**
 * Robustness: 520 mutated architecture files, each of which must end in reported problems, never in
 * an exception, and quickly. The mutations are chosen so that each one really breaks the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { validateFiles, type InputFile } from './validate';

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
  'an alias bomb': () =>
    `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\n`,
};

describe('data corpus', () => {
  const names = Object.keys(mutations);
  const cases = Array.from({ length: 520 }, (_, i) => {
    const source = sources[i % sources.length]!;
    const kind = names[i % names.length]!;
    return {
      name: `${i}: ${source.id}, ${kind}`,
      file: `${source.id}.yaml`,
      make: () => mutations[kind]!(source.text),
    };
  });

  it('reports problems for every one, without throwing, each in under two seconds', () => {
    const slow: string[] = [];
    const silent: string[] = [];
    for (const c of cases) {
      const content = c.make();
      const started = performance.now();
      const { problems } = validateFiles([{ file: c.file, content }, ...catalogues]);
      if (performance.now() - started > 2000) slow.push(c.name);
      if (!problems.some((p) => p.severity === 'error' && p.file === c.file)) silent.push(c.name);
    }
    expect(silent).toEqual([]);
    expect(slow).toEqual([]);
  }, 120_000);
});
