/**
 * `npm run validate [-- files or folders]`: every problem of every file, one line each,
 * `file:line:column  path  reason`; exit code 1 when any is an error.
 */
import path from 'node:path';
import { collectFiles, DEFAULT_DIR, readInputs } from './catalogue.ts';
import { formatProblem, hasErrors } from '../check/problems.ts';
import { kindOf, validateFiles } from '../check/validate.ts';

async function main(args: string[]): Promise<number> {
  const targets = args.length > 0 ? args : [DEFAULT_DIR];
  let files: string[];
  try {
    files = await collectFiles(targets);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  // Architectures checked on their own still need the catalogues to resolve model and requirement ids.
  const catalogues: string[] = [];
  for (const kind of ['requirements', 'models', 'capabilities'] as const) {
    if (!files.some((f) => kindOf(f) === kind)) catalogues.push(path.join(DEFAULT_DIR, `${kind}.yaml`));
  }
  const inputs = await readInputs([...files, ...catalogues]);
  const { problems } = validateFiles(inputs);
  if (problems.length > 0) process.stdout.write(`${problems.map(formatProblem).join('\n')}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  console.error(
    `${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return hasErrors(problems) ? 1 : 0;
}

// exitCode, not exit(): exit() would cut off output still queued for a pipe (a CI log).
main(process.argv.slice(2).filter((a) => a !== '--')).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
