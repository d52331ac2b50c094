/** Reads a YAML file into plain data while keeping a way back from a data path to its line and column. */
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Alias,
  type Node,
} from 'yaml';

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

export interface LoadedFile {
  file: string;
  data: unknown;
  /** Where the value at `path` starts; for a missing key, where its parent starts. */
  positionOf(path: readonly PathSegment[], at?: 'value' | 'key'): Position;
  /**
   * What is wrong with the text although it could be read (control characters, YAML warnings such
   * as an unknown tag or `%YAML 2.0`): errors, reported with the rest of the file's problems.
   */
  readProblems: LoadFailure[];
}

export interface LoadFailure {
  file: string;
  line: number;
  column: number;
  message: string;
}

const start: Position = { line: 1, column: 1 };
/** More aliases than this to one anchor (fewer when aliases nest) are refused, as by the YAML library. */
export const MAX_ALIAS_COUNT = 50;
/** Per file and kind: a file with thousands of bad bytes gets a few located lines and a count, not thousands. */
const MAX_REPORTED = 10;

/**
 * Characters that have no place in hand-written YAML text: C0 controls except tab and line feed
 * (carriage returns are line ends, see `normaliseLineEnds`), DEL, C1 controls, and the bidirectional
 * embeddings, overrides and isolates that make text display in another order than it is read
 * ("Trojan Source"). NUL is reported earlier, as binary content.
 */
// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_CHARACTER = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0x202a && code <= 0x202e) return `bidirectional override ${hex}`;
  if (code >= 0x2066 && code <= 0x2069) return `bidirectional isolate ${hex}`;
  return `control character ${hex}`;
}

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** YAML's line breaks are LF, CRLF and a lone CR; the parser below knows only the first two. */
const normaliseLineEnds = (text: string) => text.replace(/\r\n?/g, '\n');

/** Parses bytes as YAML. Returns either the data with a position lookup, or the reasons it cannot be read. */
export function loadYaml(file: string, input: string | Uint8Array): LoadedFile | LoadFailure[] {
  const source = typeof input === 'string' ? input : decode(input);
  if (source === null) return [{ file, ...start, message: 'file is not valid UTF-8 text' }];
  if (source.includes('\u0000'))
    return [{ file, ...start, message: 'file contains NUL bytes (binary, not YAML text)' }];
  const body = normaliseLineEnds(source.replace(/^\uFEFF/, ''));
  if (body.replace(/#.*$/gm, '').trim() === '') return [{ file, ...start, message: 'file is empty' }];

  const lineCounter = new LineCounter();
  let doc;
  try {
    // resolveKnownTags: false, so that YAML 1.1 tags (!!binary, !!timestamp, !!set) are reported as unknown
    // instead of turning text into bytes, dates or sets.
    doc = parseDocument(body, { lineCounter, prettyErrors: false, uniqueKeys: true, resolveKnownTags: false });
  } catch (error) {
    return [{ file, ...start, message: `YAML could not be parsed: ${describe(error)}` }];
  }
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const located = (offset: number, message: string): LoadFailure => ({ file, ...toPosition(offset), message });
  const characters = forbiddenCharacters(body, located);

  if (doc.errors.length > 0) {
    const tooDeep = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
    if (tooDeep) return [...characters, located(tooDeep.pos[0], 'YAML could not be read: nesting is too deep')];
    const errors = doc.errors.map((error) =>
      located(
        error.pos[0],
        error.code === 'DUPLICATE_KEY'
          ? 'YAML syntax error: a key appears twice in the same mapping'
          : `YAML syntax error: ${firstLine(error.message)}`,
      ),
    );
    return [...characters, ...capped(errors, 'YAML syntax errors')];
  }
  const warnings = capped(
    doc.warnings.map((warning) =>
      located(
        warning.pos[0],
        warning.code === 'TAG_RESOLVE_FAILED'
          ? `YAML warning: ${firstLine(warning.message).replace('tag:yaml.org,2002:', '!!')} (data files use plain values, no tags)`
          : `YAML warning: ${firstLine(warning.message)}`,
      ),
    ),
    'YAML warnings',
  );

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = error instanceof ReferenceError ? culpritAlias(doc.contents) : undefined;
    if (alias) {
      const message =
        alias.reason === 'unresolved'
          ? `YAML could not be read: alias *${alias.node.source} has no anchor &${alias.node.source} before it`
          : `YAML could not be read: too many aliases of &${alias.node.source} (at most ${MAX_ALIAS_COUNT} uses, counting the anchor and what nested aliases expand to), refused as a possible resource exhaustion attack`;
      return [...characters, ...warnings, located(alias.node.range?.[0] ?? 0, message)];
    }
    return [...characters, ...warnings, { file, ...start, message: `YAML could not be read: ${describe(error)}` }];
  }
  if (data === null || data === undefined)
    return [...characters, ...warnings, { file, ...start, message: 'file is empty' }];

  const positionOf = (path: readonly PathSegment[], at: 'value' | 'key' = 'value'): Position => {
    let node: unknown = doc.contents;
    let found: Position = nodeStart(node) ?? start;
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) return found;
        if (last && at === 'key') return nodeStart(pair.key) ?? found;
        node = pair.value;
        found = nodeStart(node) ?? nodeStart(pair.key) ?? found;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        node = node.items[segment];
        found = nodeStart(node) ?? found;
      } else {
        return found;
      }
    }
    return found;
  };
  function nodeStart(node: unknown): Position | undefined {
    const range = (node as Node | null)?.range;
    return range ? toPosition(range[0]) : undefined;
  }
  return { file, data, positionOf, readProblems: [...characters, ...warnings] };
}

function forbiddenCharacters(body: string, located: (offset: number, message: string) => LoadFailure): LoadFailure[] {
  const found: LoadFailure[] = [];
  for (const match of body.matchAll(FORBIDDEN_CHARACTER)) {
    found.push(
      located(match.index, `${describeCharacter(match[0])} in the text (write it as an escape, or remove it)`),
    );
  }
  return capped(found, 'such characters');
}

/** The first few, then one line that counts the rest at the position of the first one left out. */
function capped(problems: LoadFailure[], what: string): LoadFailure[] {
  if (problems.length <= MAX_REPORTED) return problems;
  const next = problems[MAX_REPORTED]!;
  return [
    ...problems.slice(0, MAX_REPORTED),
    { ...next, message: `and ${problems.length - MAX_REPORTED} more ${what} from here on` },
  ];
}

/**
 * The alias at which converting the document failed: one with no anchor before it, or the one at which
 * the YAML library's alias budget runs out. The budget is the library's rule, followed in the order the
 * library converts the document (`Alias.resolve` in yaml/dist/nodes/Alias.js): an anchor may be used
 * `MAX_ALIAS_COUNT` times, divided by how many times the aliases inside it expand. Iterative, so that
 * deep nesting cannot overflow the stack.
 */
function culpritAlias(root: unknown): { node: Alias; reason: 'unresolved' | 'budget' } | undefined {
  const anchors = new Map<unknown, { count: number; aliasCount: number }>();
  const lastAnchor = new Map<string, unknown>();
  let firstAlias: Alias | undefined;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      firstAlias ??= node;
      const source = lastAnchor.get(node.source);
      if (source === undefined) return { node, reason: 'unresolved' };
      const data = anchors.get(source)!;
      data.count += 1;
      if (data.aliasCount === 0) data.aliasCount = aliasCount(source, anchors, lastAnchor);
      if (data.count * data.aliasCount > MAX_ALIAS_COUNT) return { node, reason: 'budget' };
      continue;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor && (isCollection(node) || isScalar(node))) {
      anchors.set(node, { count: 1, aliasCount: 0 });
      lastAnchor.set(anchor, node);
    }
    if (isPair(node)) stack.push(node.value, node.key);
    else if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return firstAlias ? { node: firstAlias, reason: 'budget' } : undefined;
}

/** The library's `getAliasCount`: how many times the aliases inside a node expand (1 without aliases). */
function aliasCount(
  root: unknown,
  anchors: Map<unknown, { count: number; aliasCount: number }>,
  lastAnchor: Map<string, unknown>,
): number {
  let max = 0;
  let leaves = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      const anchor = anchors.get(lastAnchor.get(node.source));
      max = Math.max(max, anchor ? anchor.count * anchor.aliasCount : 0);
    } else if (isPair(node)) stack.push(node.key, node.value);
    else if (isCollection(node)) stack.push(...node.items);
    else leaves += 1;
  }
  // An empty collection counts 0 and any other leaf 1, as in the library.
  return Math.max(max, leaves > 0 ? 1 : 0);
}

function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+.*$/, '')
    .trim();
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'nesting is too deep';
  return firstLine(error instanceof Error ? error.message : String(error));
}
