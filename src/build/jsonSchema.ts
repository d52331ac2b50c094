/** JSON Schemas generated from the zod schema, the single source of truth for the data's shape. */
import { z } from 'zod';
import { schemaByKind } from '../model/schema.ts';

const titles = {
  architecture: 'Edge Architecture Explorer: architecture',
  requirements: 'Edge Architecture Explorer: ECG requirement catalogue',
  models: 'Edge Architecture Explorer: control-plane models',
  capabilities: 'Edge Architecture Explorer: user-level capabilities',
} as const;

export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const kind of ['architecture', 'requirements', 'models', 'capabilities'] as const) {
    // The YAML key `$schema`-comment does not live in the data, so no extra property is needed.
    out[`${kind}.schema.json`] = {
      title: titles[kind],
      ...z.toJSONSchema(schemaByKind[kind], { target: 'draft-2020-12' }),
    };
  }
  return out;
}
