import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, quote, shortChain } from './problems';

describe('report lines', () => {
  it('are one line of bounded length, whatever the file name, key or value holds', () => {
    const hostile = `a\nb\rc\u2028d\u2029e\u0085f\u202Eg\u2066h\u0007i\u200Bj${'x'.repeat(100_000)}`;
    const line = formatProblem({
      file: `dir/${hostile}.yaml`,
      line: 3,
      column: 4,
      path: formatPath(['components', 2, hostile]),
      message: `unknown field ${quote(hostile)} ${hostile}`,
      severity: 'error',
    });
    // oxlint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(line).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B]/);
    expect(line.split('\n')).toHaveLength(1);
    expect(line.length).toBeLessThan(100_000 + 1000);
    expect(line).toMatch(
      /^dir\/a\\nb\\rc\\u2028d\\u2029e\\u0085f\\u202Eg\\u2066h\\u0007i\\u200Bjx+\.yaml:3:4  components\[2\]\["a\\nb/,
    );
    expect(line.split('  ')[2]!.length).toBeLessThanOrEqual(601);
  });

  it('quote long values shortened, and combining marks with nothing before them escaped', () => {
    expect(quote('x'.repeat(200))).toBe(`"${'x'.repeat(80)}…"`);
    expect(quote('\u0301\u0308 and e\u0301')).toBe('"\\u0301\\u0308 and e\u0301"');
    expect(quote('\u2800')).toBe('"\\u2800"');
  });

  it('quote noncharacters and lone surrogates as escapes, and keep a surrogate pair', () => {
    expect(quote('a\uFFFEb\uFDD0c\u{10FFFF}')).toBe('"a\\uFFFEb\\uFDD0c\\u{10FFFF}"');
    expect(quote('x\uD800y\uDFFFz')).toBe('"x\\uD800y\\uDFFFz"');
    expect(quote('\uD83D\uDE00')).toBe('"\u{1F600}"');
  });

  it('show a long chain by its ends', () => {
    expect(shortChain(['a', 'b', 'c'])).toBe('a → b → c');
    expect(shortChain(Array.from({ length: 1000 }, (_, i) => `n${i}`))).toBe(
      'n0 → n1 → n2 → … 995 more … → n998 → n999',
    );
  });

  it('keep plain paths as they were', () => {
    expect(formatPath([])).toBe('(file)');
    expect(formatPath(['components', 3, 'disconnected', 'status'])).toBe('components[3].disconnected.status');
    expect(formatPath(['components', 3, 'a b'])).toBe('components[3]["a b"]');
  });
});
