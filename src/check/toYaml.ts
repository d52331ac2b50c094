/** An architecture as a file again (for "Edit a copy"): the YAML the validator reads back as the same data. */
import { stringify } from 'yaml';
import type { Architecture } from '../model/schema';

export function architectureToYaml(architecture: Architecture, header: string): string {
  const comment = header
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  return `${comment}\n${stringify(architecture, { lineWidth: 110, aliasDuplicateObjects: false })}`;
}
