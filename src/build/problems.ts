import type { PathSegment } from './load.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Data path such as `components[3].site`; `(file)` for problems with the file as a whole. */
  path: string;
  message: string;
  severity: Severity;
}

export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

/** One line per problem: `file:line:column  path  reason`, the form editors and CI logs link from. */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.path}  ${prefix}${problem.message}`;
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
