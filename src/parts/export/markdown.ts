/** The cut summary as a Markdown table, for minutes and wikis: per cut site, each component's state and what it does now. */
import type { Architecture } from '../../model/schema';
import { statusValues } from '../../model/vocabulary';
import type { ComponentState } from '../../simulation/status';
import type { CutSummary } from '../../simulation/cutSummary';
import { nowText } from '../../simulation/summary';
import { markdownCell, markdownLinkBack } from '../../model/markdown';

const words = { operational: '✓ Operational', degraded: '◐ Degraded', unavailable: '✕ Unavailable' } as const;

const cell = markdownCell;

/** @param link the view this summary is of, linked at the end */
export function cutSummaryMarkdown(
  arch: Pick<Architecture, 'name'>,
  caption: string,
  summary: CutSummary,
  states: ReadonlyMap<string, ComponentState>,
  link: string,
): string {
  const lines = [`**${cell(arch.name)}**: ${cell(caption)}`, ''];
  const t = summary.totals;
  lines.push(
    `${summary.central.down ? 'Central site failed' : `${summary.cutSiteCount} of ${summary.edgeSiteCount} edge sites cut off`}: ` +
      `✓ ${t.operational} keep working · ◐ ${t.degraded} degraded · ✕ ${t.unavailable} stop`,
    '',
    '| Site | Component | State | Now |',
    '| --- | --- | --- | --- |',
  );
  for (const site of summary.sites) {
    const where =
      site.siteIds.length > 1 ? `each of ${site.siteIds.length} (${site.siteName} and others)` : site.siteName;
    for (const status of statusValues)
      for (const c of site.byStatus[status])
        lines.push(`| ${cell(where)} | ${cell(c.name)} | ${words[status]} | ${cell(nowText(c, states.get(c.id)))} |`);
  }
  for (const c of summary.central.components) {
    const state = states.get(c.id);
    if (!state || state.state === 'connected') continue;
    const now = summary.central.down ? 'Down with the central site.' : nowText(c, state);
    lines.push(`| central (towards the cut sites) | ${cell(c.name)} | ${words[state.state]} | ${cell(now)} |`);
  }
  lines.push('', markdownLinkBack(link));
  return `${lines.join('\n')}\n`;
}
