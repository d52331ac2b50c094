/**
 * The shipped data, validated by the same code as the build (no layout), so tests derive their
 * expectations from it instead of copying them, and a new architecture file is covered at once.
 */
import { validateDirectory, orderArchitectures } from '../src/build/catalogue';
import { formatProblem, hasErrors } from '../src/check/problems';
import type { Architecture } from '../src/model/schema';

const result = await validateDirectory('architectures');
if (hasErrors(result.problems))
  throw new Error(`architectures/ is invalid:\n${result.problems.map(formatProblem).join('\n')}`);

const ordered = orderArchitectures(result.catalogue.architectures);
export const architectureIds = ordered.map((a) => a.id);
export const architectures: Record<string, Architecture> = Object.fromEntries(ordered.map((a) => [a.id, a]));
export const { requirements, models, capabilities } = result.catalogue;

export const edgeSites = (arch: Architecture) => arch.sites.filter((s) => s.kind === 'edge');
export const centralSite = (arch: Architecture) => arch.sites.find((s) => s.kind === 'central')!;
export const componentsOn = (arch: Architecture, siteId: string) => arch.components.filter((c) => c.site === siteId);
export { firstSentence } from '../src/simulation/summary';
