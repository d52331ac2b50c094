import { describe, expect, it } from 'vitest';
import schema from '../../../architectures/schema/architecture.schema.json';
import { blockPath, completeAt, hoverAt, ITEM, type SchemaNode } from './schemaHelp';
import { TEMPLATE } from './template';

const root = schema as SchemaNode;
/** The text with `|` removed, and where it was. */
const at = (marked: string): [string, number] => [marked.replace('|', ''), marked.indexOf('|')];
const labels = (marked: string) => completeAt(root, ...at(marked))?.options.map((o) => o.label) ?? null;

describe('where a position is in the file', () => {
  it('follows indentation, items and parent keys', () => {
    const lines = ['components:', '  - id: a', '    disconnected:', '      status: x', '    na'];
    expect(blockPath(lines, 3, 6)).toEqual(['components', ITEM, 'disconnected']);
    expect(blockPath(lines, 4, 4)).toEqual(['components', ITEM]);
    expect(blockPath(lines, 1, 4)).toEqual(['components', ITEM]);
    expect(blockPath(lines, 0, 0)).toEqual([]);
  });
});

describe('completion', () => {
  it('offers the keys a component may still have, required ones marked', () => {
    const options = completeAt(root, ...at('components:\n  - id: a\n    na|\n    role: r\n'))!;
    const names = options.options.map((o) => o.label);
    expect(names).toContain('name');
    expect(names).toContain('site');
    expect(names).not.toContain('id');
    expect(names).not.toContain('role');
    expect(options.options.find((o) => o.label === 'site')!.detail).toMatch(/^required/);
    expect(options.from).toBe('components:\n  - id: a\n    '.length);
  });

  it('offers the first key of a new item and the top-level keys not yet written', () => {
    expect(labels('sites:\n  - id: a\n    name: A\n  - |')).toContain('id');
    const top = labels(`${TEMPLATE}|`)!;
    expect(top).toContain('overTime');
    expect(top).not.toContain('components');
  });

  it('starts a nested block on its own lines', () => {
    const option = completeAt(root, ...at('components:\n  - id: a\n    dis|'))!.options.find(
      (o) => o.label === 'disconnected',
    )!;
    expect(option.apply).toBe('disconnected:\n      ');
  });

  it('offers the allowed values of a key, in block and flow style', () => {
    expect(labels('components:\n  - id: a\n    layer: |')).toContain('control-plane');
    expect(labels('sites:\n  - { id: a, kind: e| }')).toEqual(['central', 'edge']);
    expect(labels('components:\n  - id: a\n    disconnected: { sta| }')).toContain('status');
    expect(labels('components:\n  - id: a\n    sources: [{ title: t, | }]')).toEqual(['url']);
  });

  it('offers nothing inside a text value or a comment', () => {
    expect(labels('name: My |')).toBeNull();
    expect(labels('# na|')).toBeNull();
  });
});

describe('hover', () => {
  it('describes a key from the schema, in block and flow style', () => {
    const model = hoverAt(root, ...at('id: a\nmo|del: centralized\n'))!;
    expect(model.key).toBe('model');
    expect(model.required).toBe(true);
    expect(model.node.description).toMatch(/control-plane model/);
    expect(model.from).toBe(6);
    expect(hoverAt(root, ...at('sites:\n  - { id: a, ki|nd: edge }'))!.node.enum).toEqual(['central', 'edge']);
    const url = hoverAt(root, ...at('components:\n  - id: a\n    sources: [{ title: t, u|rl: https://x.org }]'))!;
    expect(url.node.description).toMatch(/Public documentation/);
  });

  it('shows nothing over a value or an unknown key', () => {
    expect(hoverAt(root, ...at('name: My dep|loyment'))).toBeNull();
    expect(hoverAt(root, ...at('nonsense|: 1'))).toBeNull();
  });
});
