/** The board's condition in words, said once for every architecture (the cut kind and time read the same in each). */
import type { Architecture } from '../../model/schema';
import { describeDuration } from '../../model/duration';
import { describeScenario, resolveScenario, type Scenario } from '../../simulation/scenario';

export function boardCondition(
  first: Architecture,
  scenario: Scenario,
  times: readonly number[] | null = null,
): string {
  const words = describeScenario(first, resolveScenario(first, times ? { ...scenario, t: null } : scenario));
  const said = scenario.cut.kind === 'all' ? words.replace(/^All \d+ edge sites/, 'Every edge site') : words;
  return times ? `${said} · at ${times.map((t) => (t === 0 ? 'just cut' : describeDuration(t))).join(', ')}` : said;
}
