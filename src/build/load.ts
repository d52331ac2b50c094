/** Reads a YAML file into plain data while keeping a way back from a data path to its line and column. */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

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
}

export interface LoadFailure {
  file: string;
  line: number;
  column: number;
  message: string;
}

const start: Position = { line: 1, column: 1 };

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Parses bytes as YAML. Returns either the data with a position lookup, or the reasons it cannot be read. */
export function loadYaml(file: string, input: string | Uint8Array): LoadedFile | LoadFailure[] {
  const source = typeof input === 'string' ? input : decode(input);
  if (source === null) return [{ file, ...start, message: 'file is not valid UTF-8 text' }];
  if (source.includes('\u0000'))
    return [{ file, ...start, message: 'file contains NUL bytes (binary, not YAML text)' }];
  const body = source.replace(/^\uFEFF/, '');
  if (body.replace(/#.*$/gm, '').trim() === '') return [{ file, ...start, message: 'file is empty' }];

  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(body, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return [{ file, ...start, message: `YAML could not be parsed: ${describe(error)}` }];
  }
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      file,
      ...toPosition(error.pos[0]),
      message:
        error.code === 'DUPLICATE_KEY'
          ? 'YAML syntax error: a key appears twice in the same mapping'
          : `YAML syntax error: ${firstLine(error.message)}`,
    }));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return [{ file, ...start, message: `YAML could not be read: ${describe(error)}` }];
  }
  if (data === null || data === undefined) return [{ file, ...start, message: 'file is empty' }];

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
  return { file, data, positionOf };
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
