/** `npm run schema`: writes the JSON Schemas editors use to validate and complete the YAML files. */
import { writeFile } from 'node:fs/promises';
import { jsonSchemas } from '../src/build/jsonSchema.ts';

for (const [file, schema] of Object.entries(jsonSchemas())) {
  await writeFile(`architectures/schema/${file}`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote architectures/schema/${file}`);
}
