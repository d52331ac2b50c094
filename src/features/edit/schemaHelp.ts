/**
 * Completion and hover for the editor, read from the generated JSON Schema of an architecture file
 * (architectures/schema/architecture.schema.json, the one YAML language servers use). Plain functions
 * over the text, with no editor in them (CodeEditor.tsx adapts them to CodeMirror): where a position is
 * in the file's structure is read from its indentation, its `- ` items and the flow `{ }` and `[ ]` on
 * its line, which is all a file in the shipped style uses, and which still holds while a key is half
 * typed and the file does not parse.
 */

/** The part of JSON Schema the generated schema uses. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: (string | number)[];
  const?: string | number;
  anyOf?: SchemaNode[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
}

/** A step into a list: its items. Any other step is a key. */
export const ITEM = 0;
export type Step = string | typeof ITEM;

const branches = (node: SchemaNode): SchemaNode[] => (node.anyOf ? node.anyOf.flatMap(branches) : [node]);

/** The schema at a path, or null where the schema has nothing (an unknown key). */
export function schemaAt(root: SchemaNode, path: readonly Step[]): SchemaNode | null {
  let node: SchemaNode | null = root;
  for (const step of path) {
    const from: SchemaNode = node;
    node = null;
    for (const branch of branches(from)) {
      const next = step === ITEM ? branch.items : branch.properties?.[step];
      if (next) {
        node = next;
        break;
      }
    }
    if (!node) return null;
  }
  return node;
}

/** The mapping (an object with properties) a path leads to, if it leads to one. */
export const mappingAt = (root: SchemaNode, path: readonly Step[]): SchemaNode | null => {
  const node = schemaAt(root, path);
  return node ? (branches(node).find((b) => b.properties) ?? null) : null;
};

/** A line of block YAML: where its `- ` items and its key start, and the key, if it has one. */
interface Shape {
  dashes: number[];
  keyColumn: number;
  key: string | null;
}
const KEY = /^("[^"]*"|'[^']*'|[^\s#:,[\]{}'"][^#:]*?)\s*:(?=\s|$)/;
const unquote = (key: string) => (/^["']/.test(key) ? key.slice(1, -1) : key);

function shape(line: string): Shape | null {
  const match = /^( *)((?:-(?: +|$))*)(.*)$/.exec(line)!;
  const [, indent, items, content] = match as unknown as [string, string, string, string];
  if (!items && (content.trim() === '' || content.startsWith('#'))) return null;
  const dashes: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i] === '-') dashes.push(indent.length + i);
  const key = KEY.exec(content)?.[1];
  return { dashes, keyColumn: indent.length + items.length, key: key === undefined ? null : unquote(key) };
}

/**
 * The path of the block mapping a key starting at `column` of line `row` belongs to: the `- ` before
 * the column on its own line, then each line above that starts further left (a parent key, or the
 * `- ` of the item it is in).
 */
export function blockPath(lines: readonly string[], row: number, column: number): Step[] {
  const path: Step[] = [];
  let target = column;
  const own = shape(lines[row] ?? '');
  const ownDashes = own?.dashes ?? [];
  for (let d = ownDashes.length - 1; d >= 0; d--)
    if (ownDashes[d]! < target) {
      path.push(ITEM);
      target = ownDashes[d]!;
    }
  for (let i = row - 1; i >= 0 && target > 0; i--) {
    const line = shape(lines[i]!);
    if (!line) continue;
    if (line.key !== null && line.keyColumn < target) {
      path.push(line.key);
      target = line.keyColumn;
    }
    for (let d = line.dashes.length - 1; d >= 0; d--)
      if (line.dashes[d]! < target) {
        path.push(ITEM);
        target = line.dashes[d]!;
      }
  }
  path.reverse();
  return path;
}

/** What the start of a line up to a column holds: the flow containers still open, the key being given a value. */
interface Scan {
  /** Open `{` and `[`, outermost first, each with the key it is the value of. */
  open: { kind: '{' | '['; key: string | null; column: number; keys: string[] }[];
  /** The key whose value the column is in (after `key:`), if any. */
  valueOf: string | null;
  /** Where the word the column ends starts. */
  wordStart: number;
}

function scan(line: string, column: number): Scan {
  const open: Scan['open'] = [];
  let valueOf: string | null = null;
  let token = '';
  let tokenStart = 0;
  let inValue = false;
  for (let i = 0; i < column; i++) {
    const char = line[i]!;
    if ((char === '"' || char === "'") && token.trim() === '') {
      const end = line.indexOf(char, i + 1);
      if (end < 0 || end >= column) {
        // Inside a quoted string: no key here.
        return { open, valueOf: valueOf ?? '', wordStart: column };
      }
      token = line.slice(i, end + 1);
      tokenStart = i;
      i = end;
      continue;
    }
    if (char === '#' && (i === 0 || line[i - 1] === ' ')) return { open, valueOf: '', wordStart: column };
    if (char === '{' || char === '[') {
      open.push({ kind: char, key: inValue ? valueOf : null, column: i, keys: [] });
      valueOf = null;
      inValue = false;
      token = '';
      tokenStart = i + 1;
    } else if (char === '}' || char === ']') {
      open.pop();
      valueOf = null;
      inValue = true;
      token = '';
      tokenStart = i + 1;
    } else if (char === ',' && open.length > 0) {
      valueOf = null;
      inValue = false;
      token = '';
      tokenStart = i + 1;
    } else if (char === ':' && !inValue && (line[i + 1] === undefined || /\s/.test(line[i + 1]!))) {
      valueOf = unquote(token.trim().replace(/^(?:-\s+)+/, ''));
      open.at(-1)?.keys.push(valueOf);
      inValue = true;
      token = '';
      tokenStart = i + 1;
    } else {
      if (token === '' && /\s/.test(char)) tokenStart = i + 1;
      else token += char;
    }
  }
  let wordStart = column;
  while (wordStart > tokenStart && /[\w.-]/.test(line[wordStart - 1]!)) wordStart--;
  return { open, valueOf: inValue ? valueOf : null, wordStart };
}

/** The path of the mapping (or list) the flow containers open on a line lead into. */
function flowPath(lines: readonly string[], row: number, open: Scan['open']): Step[] {
  const first = open[0]!;
  const line = shape(lines[row]!)!;
  const path =
    first.key !== null ? [...blockPath(lines, row, line.keyColumn), first.key] : blockPath(lines, row, first.column);
  open.forEach((container, i) => {
    if (i > 0 && container.key !== null) path.push(container.key);
    if (container.kind === '[') path.push(ITEM);
  });
  return path;
}

/** The keys the mapping a block key at `column` of line `row` is in already has (its siblings). */
function siblingKeys(lines: readonly string[], row: number, column: number): Set<string> {
  const keys = new Set<string>();
  // An item's first key, on its `- ` line, has no sibling above it.
  const first = shape(lines[row] ?? '')?.dashes.some((d) => d < column) ?? false;
  for (let i = first ? -1 : row - 1; i >= 0; i--) {
    const line = shape(lines[i]!);
    if (!line) continue;
    if (line.keyColumn === column && line.key !== null) keys.add(line.key);
    if (line.keyColumn < column || line.dashes.some((d) => d < column)) break;
  }
  for (let i = row + 1; i < lines.length; i++) {
    const line = shape(lines[i]!);
    if (!line) continue;
    if (line.keyColumn < column || line.dashes.some((d) => d < column)) break;
    if (line.keyColumn === column && line.key !== null) keys.add(line.key);
  }
  return keys;
}

export interface Option {
  label: string;
  /** What is inserted: `key: `, a nested block's first line, or a value. */
  apply: string;
  detail: string;
  info: string | null;
  /** Required keys first. */
  boost: number;
}
export interface Completion {
  from: number;
  options: Option[];
}

/** The type of a schema in a few words, as a hover or a completion's detail says it. */
export function describeType(node: SchemaNode): string {
  const kinds = branches(node);
  if (kinds.length > 1) return kinds.map(describeType).join(', or ');
  const enumerated = node.enum ?? (node.const !== undefined ? [node.const] : null);
  if (enumerated) return `one of ${enumerated.join(', ')}`;
  const type = Array.isArray(node.type) ? node.type.join(' or ') : node.type;
  const range = (min?: number, max?: number, unit = '') =>
    min !== undefined && max !== undefined
      ? ` (${min}–${max}${unit})`
      : max !== undefined
        ? ` (at most ${max}${unit})`
        : min !== undefined
          ? ` (at least ${min}${unit})`
          : '';
  switch (type) {
    case 'string':
      return node.format === 'uri' ? 'a link (https)' : `text${range(node.minLength, node.maxLength, ' characters')}`;
    case 'integer':
      return `a whole number${range(node.minimum, node.maximum)}`;
    case 'number':
      return `a number${range(node.minimum, node.maximum)}`;
    case 'boolean':
      return 'true or false';
    case 'array':
      return `a list${range(node.minItems, node.maxItems, ' items')} of ${node.items ? describeType(node.items) : 'anything'}`;
    case 'object':
      return `a mapping of ${Object.keys(node.properties ?? {}).join(', ')}`;
    default:
      return 'anything';
  }
}

const isBlock = (node: SchemaNode) =>
  branches(node).some((b) => b.type === 'object' || (b.type === 'array' && b.items && mappingAt(b.items, []) !== null));

/** The keys a mapping may still have, for a key typed at `column` of line `row` (block style) or inside a flow `{ }`. */
function keyOptions(mapping: SchemaNode, present: Set<string>, indent: number | null): Option[] {
  const required = new Set(mapping.required ?? []);
  return Object.entries(mapping.properties ?? {})
    .filter(([key]) => !present.has(key))
    .map(([key, node]) => {
      let apply = `${key}: `;
      // A nested mapping or a list of mappings, in block style: the key, then its first line.
      if (indent !== null && isBlock(node)) {
        const list = branches(node).some((b) => b.type === 'array');
        apply = `${key}:\n${' '.repeat(indent + 2)}${list ? '- ' : ''}`;
      }
      return {
        label: key,
        apply,
        detail: `${required.has(key) ? 'required, ' : ''}${describeType(node)}`,
        info: node.description ?? null,
        boost: required.has(key) ? 1 : 0,
      };
    });
}

function valueOptions(node: SchemaNode): Option[] {
  const values = branches(node).flatMap((b) => b.enum ?? (b.const !== undefined ? [b.const] : []));
  if (branches(node).some((b) => b.type === 'boolean')) values.push('true', 'false');
  return values.map((value) => ({
    label: String(value),
    apply: String(value),
    detail: '',
    info: null,
    boost: 0,
  }));
}

/** What may be typed at `pos`: keys of the mapping the cursor is in, or the values its key allows. */
export function completeAt(root: SchemaNode, text: string, pos: number): Completion | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = text.indexOf('\n', pos);
  const lines = text.split('\n');
  const row = text.slice(0, lineStart).split('\n').length - 1;
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const column = pos - lineStart;
  const found = scan(line, column);
  const from = lineStart + found.wordStart;
  const inner = found.open.at(-1);
  if (found.valueOf === '') return null;
  if (found.valueOf !== null) {
    // A value: the key's allowed values, if it has a fixed set.
    const container = inner ? flowPath(lines, row, found.open) : blockPath(lines, row, shape(line)?.keyColumn ?? 0);
    const node = schemaAt(root, [...container, found.valueOf]);
    const options = node ? valueOptions(node) : [];
    return options.length ? { from, options } : null;
  }
  if (inner?.kind === '[') {
    const node = schemaAt(root, flowPath(lines, row, found.open));
    const options = node ? valueOptions(node) : [];
    return options.length ? { from, options } : null;
  }
  if (inner?.kind === '{') {
    const mapping = mappingAt(root, flowPath(lines, row, found.open));
    return mapping ? { from, options: keyOptions(mapping, new Set(inner.keys), null) } : null;
  }
  // A block key: only indentation, `- ` and the word typed so far before the cursor.
  if (!/^ *(?:- +)*[\w-]*$/.test(line.slice(0, column))) return null;
  const keyColumn = found.wordStart;
  const mapping = mappingAt(root, blockPath(lines, row, keyColumn));
  if (!mapping) return null;
  // Its siblings: an item's first key sits on the `- ` line, so a key right after `- ` has none above.
  const present = siblingKeys(lines, row, keyColumn);
  return { from, options: keyOptions(mapping, present, keyColumn) };
}

export interface Hover {
  from: number;
  to: number;
  key: string;
  node: SchemaNode;
  required: boolean;
}

/** The key under `pos`, with its schema: what a hover shows. */
export function hoverAt(root: SchemaNode, text: string, pos: number): Hover | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = text.indexOf('\n', pos);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const column = pos - lineStart;
  let start = column;
  let end = column;
  while (start > 0 && /[\w.-]/.test(line[start - 1]!)) start--;
  while (end < line.length && /[\w.-]/.test(line[end]!)) end++;
  if (start === end || !/^\s*:(?:\s|$)/.test(line.slice(end))) return null;
  const key = line.slice(start, end);
  const found = scan(line, start);
  if (found.valueOf !== null) return null;
  const lines = text.split('\n');
  const row = text.slice(0, lineStart).split('\n').length - 1;
  const container = found.open.length ? flowPath(lines, row, found.open) : blockPath(lines, row, start);
  const mapping = mappingAt(root, container);
  const node = mapping?.properties?.[key];
  if (!mapping || !node) return null;
  return { from: lineStart + start, to: lineStart + end, key, node, required: (mapping.required ?? []).includes(key) };
}
