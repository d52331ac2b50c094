import { Alias, LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadYaml, MAX_ALIAS_COUNT } from './load';

/** Where the YAML library itself gives up on an alias: its position, found by watching `Alias.resolve`. */
function libraryCulprit(text: string): { line: number; column: number } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, resolveKnownTags: false });
  const resolve = Alias.prototype.resolve;
  let culprit: Alias | null = null;
  const watched = (alias: Alias, args: Parameters<typeof resolve>) => {
    try {
      return resolve.apply(alias, args);
    } catch (error) {
      culprit ??= alias;
      throw error;
    }
  };
  Alias.prototype.resolve = function (this: Alias, ...args: Parameters<typeof resolve>) {
    return watched(this, args);
  };
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return null;
  } catch {
    if (!culprit) return null;
    const { line, col } = lineCounter.linePos((culprit as Alias).range![0]);
    return { line, column: col };
  } finally {
    Alias.prototype.resolve = resolve;
  }
}

const failure = (text: string) => {
  const loaded = loadYaml('f.yaml', text);
  if (!Array.isArray(loaded)) throw new Error('expected a failure');
  return loaded.at(-1)!;
};

describe('loadYaml', { timeout: 30_000 }, () => {
  it('reads a file with CR-only line ends, at the right lines', () => {
    const loaded = loadYaml('f.yaml', '# comment\rid: x\rname: y\r');
    expect(Array.isArray(loaded)).toBe(false);
    if (Array.isArray(loaded)) return;
    expect(loaded.data).toEqual({ id: 'x', name: 'y' });
    expect(loaded.positionOf(['name'])).toEqual({ line: 3, column: 7 });
  });

  it('places an alias over the budget where the YAML library refuses it, for bombs of several shapes', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const shapes = [
      // Many aliases of one scalar.
      () => `a: &a x\n${Array.from({ length: 40 + Math.floor(random() * 40) }, (_, i) => `k${i}: *a`).join('\n')}\n`,
      // The classic billion laughs, of random width and depth.
      () => {
        const width = 2 + Math.floor(random() * 8);
        const depth = 2 + Math.floor(random() * 8);
        const names = Array.from({ length: depth }, (_, i) => `l${i}`);
        return `${names
          .map((name, i) =>
            i === 0
              ? `${name}: &${name} [${Array(width).fill('x').join(', ')}]`
              : `${name}: &${name} [${Array(width)
                  .fill(`*${names[i - 1]}`)
                  .join(', ')}]`,
          )
          .join('\n')}\n`;
      },
      // Aliases of a mapping inside a list, then of that list.
      () =>
        `m: &m {a: 1, b: 2}\nl: &l [${Array(1 + Math.floor(random() * 12))
          .fill('*m')
          .join(', ')}]\n${Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) => `k${i}: *l`).join('\n')}\n`,
    ];
    let compared = 0;
    for (let i = 0; i < 150; i++) {
      const text = shapes[i % shapes.length]!();
      const expected = libraryCulprit(text);
      const loaded = loadYaml('f.yaml', text);
      if (expected === null) {
        expect(Array.isArray(loaded), text).toBe(false);
        continue;
      }
      compared++;
      const last = failure(text);
      expect({ line: last.line, column: last.column }, text).toEqual(expected);
      expect(last.message).toContain('too many aliases');
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('places an unresolved alias at the alias', () => {
    expect(failure('a: 1\nb:\n  - *nope\n')).toEqual({
      file: 'f.yaml',
      line: 3,
      column: 5,
      message: 'YAML could not be read: alias *nope has no anchor &nope before it',
    });
  });

  it('reports deep nesting once, not once per level', () => {
    const loaded = loadYaml('f.yaml', `a: ${'['.repeat(30_000)}`);
    expect(Array.isArray(loaded) && loaded.map((f) => f.message)).toEqual([
      'YAML could not be read: nesting is too deep',
    ]);
  });

  it('keeps what it could read, with every control character and YAML warning as a located problem', () => {
    const loaded = loadYaml('f.yaml', '%YAML 2.0\n---\na: b\u0007c\nd: !foo e\n');
    expect(Array.isArray(loaded)).toBe(false);
    if (Array.isArray(loaded)) return;
    expect(loaded.readProblems.map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual([
      '3:5 control character U+0007 in the text (write it as an escape, or remove it)',
      '1:7 YAML warning: Unsupported YAML version 2.0',
      '4:4 YAML warning: Unresolved tag: !foo (data files use plain values, no tags)',
    ]);
  });

  it('reports at most ten bad characters one by one, then counts the rest', () => {
    const loaded = loadYaml('f.yaml', `a: "${'\u0001'.repeat(500)}"\n`);
    if (Array.isArray(loaded)) throw new Error('expected data');
    expect(loaded.readProblems).toHaveLength(11);
    expect(loaded.readProblems[10]).toMatchObject({
      line: 1,
      column: 15,
      message: 'and 490 more such characters from here on',
    });
  });
});
