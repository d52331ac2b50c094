/**
 * The capability table's content, pure: per capability and architecture, the derived state at the
 * edge site(s) asked about (sites with the same answers folded), and the same as Markdown for minutes.
 */
import { formatCount } from '../../model/format';
import { describeDuration } from '../../model/duration';
import type { Architecture } from '../../model/schema';
import {
  capabilitiesBySite,
  fleetSites,
  type CapabilityAtSite,
  type CapabilityState,
} from '../../simulation/capabilities';
import { describeScenario, resolveScenario, type Scenario } from '../../simulation/scenario';
import { NORMAL } from '../../simulation/status';
import { fleetSiteId } from '../../model/vocabulary';
import type { CapabilityInfo } from './catalogue';
import { nameWithoutSite } from '../../simulation/fold';
import { markdownCell, markdownLinkBack } from '../../model/markdown';

export interface ColumnSpec {
  architecture: Architecture;
  /** The edge site to describe (`fleet-K` in a fleet), or null: every cut edge site. */
  site: string | null;
  /** A generated fleet of this many copies of the first edge site (`?sites=N`), or null. */
  sites: number | null;
}

/** One answer of a cell: a state at some of the sites. */
export interface SiteAnswer {
  siteIds: string[];
  /** Names of the sites, for people ("subcloud1", "Edge site 7", "each of 300 sites"). */
  siteLabel: string;
  /** The answer at the first of the sites (the others have the same state). */
  result: CapabilityAtSite;
  /** What limits it, at any of the sites (each site's own copies). */
  limitedBy: string[];
}

export interface Column {
  architecture: Architecture;
  /** What the column describes: "subcloud1 cut off", "All 2 edge sites cut off"... */
  caption: string;
  /** Per capability id: one answer, or one per group of sites that differ. */
  answers: Map<string, SiteAnswer[]>;
  /** No edge site of this column is cut: everything works as connected. */
  connected: boolean;
}

export function columnOf({ architecture: arch, site, sites }: ColumnSpec, scenario: Scenario): Column {
  const fleet = sites !== null;
  const { resolution, seconds, conditions } = resolveScenario(
    { sites: fleet ? fleetSites(arch, sites) : arch.sites },
    scenario,
  );
  const edgeIds = fleet
    ? Array.from({ length: sites }, (_, i) => fleetSiteId(i + 1))
    : arch.sites.filter((s) => s.kind === 'edge').map((s) => s.id);
  // The sites a column describes: the one asked for, else the cut ones, else the one being upgraded,
  // else the first (under a slow WAN every edge site is alike).
  const upgraded = conditions.upgrade && !conditions.upgrade.central ? [conditions.upgrade.site] : [];
  const cutIds = edgeIds.filter((id) => resolution.cutSites.has(id));
  const asked =
    site !== null ? [site] : cutIds.length > 0 ? cutIds : upgraded.length > 0 ? upgraded : edgeIds.slice(0, 1);
  const siteName = new Map(arch.sites.map((s) => [s.id, s.name]));
  const nameOf = (id: string) => siteName.get(id) ?? (fleet ? `Edge site ${id.slice('fleet-'.length)}` : id);
  const groups = capabilitiesBySite(arch, resolution, seconds, asked, fleet, conditions);
  const label = (ids: readonly string[]) =>
    ids.length > 3 ? `each of ${formatCount(ids.length)} sites` : ids.map(nameOf).join(', ');
  // Per capability, the sites with the same state are one answer (groups fold on every capability at once).
  const answers = new Map<string, SiteAnswer[]>();
  for (const group of groups) {
    for (const result of group.capabilities) {
      const list = answers.get(result.capability) ?? [];
      const same = list.find((a) => a.result.state === result.state);
      if (same) {
        same.siteIds.push(...group.siteIds);
        for (const id of result.limitedBy) if (!same.limitedBy.includes(id)) same.limitedBy.push(id);
      } else list.push({ siteIds: [...group.siteIds], siteLabel: '', result, limitedBy: [...result.limitedBy] });
      answers.set(result.capability, list);
    }
  }
  for (const list of answers.values()) for (const answer of list) answer.siteLabel = label(answer.siteIds);
  const caption = fleet
    ? site !== null
      ? `${nameOf(site)} of ${formatCount(sites)}`
      : `${formatCount(resolution.cutSites.size)} of ${formatCount(sites)} edge sites cut off`
    : site !== null
      ? (siteName.get(site) ?? site)
      : describeScenario(arch, { resolution, seconds, conditions }, { time: false });
  const calm = cutIds.length === 0 && !resolution.centralDown && conditions === NORMAL;
  return { architecture: arch, caption, answers, connected: calm };
}

/** The same words and marks as a component's status, so a table reads like the diagram. */
export const stateWord: Record<CapabilityState, string> = {
  connected: 'Connected',
  operational: 'Operational',
  degraded: 'Degraded',
  unavailable: 'Unavailable',
  'not-at-site': 'Not at this site',
  'not-provided': 'Not provided',
};
export const stateIcon: Record<CapabilityState, string> = {
  connected: '✓',
  operational: '✓',
  degraded: '◐',
  unavailable: '✕',
  'not-at-site': '–',
  'not-provided': '∅',
};

/**
 * The components that limit an answer, by name without their site ("nova-compute (dcn0)" reads
 * "nova-compute": the answer may stand for several sites), each once.
 */
export function limitedByNames(
  arch: Pick<Architecture, 'components' | 'sites'>,
  answer: Pick<SiteAnswer, 'limitedBy'>,
): string[] {
  const byId = new Map(arch.components.map((c) => [c.id, c]));
  const edge = new Set(arch.sites.filter((s) => s.kind === 'edge').map((s) => s.id));
  const names = answer.limitedBy.map((id) => {
    const c = byId.get(id);
    if (!c) return id;
    return edge.has(c.site) ? nameWithoutSite(c.name, c.site) : c.name;
  });
  return [...new Set(names)];
}

/** "A, B, C and 4 more". */
export function shortList(names: readonly string[], most: number): string {
  if (names.length <= most) return names.join(', ');
  return `${names.slice(0, most).join(', ')} and ${names.length - most} more`;
}

/** One answer in words, for a Markdown cell or a screen reader. */
export function answerText(
  arch: Pick<Architecture, 'components' | 'sites'>,
  answer: SiteAnswer,
  withSite: boolean,
): string {
  const { result } = answer;
  const because =
    result.state === 'degraded' || result.state === 'unavailable'
      ? ` (limited by ${shortList(limitedByNames(arch, answer), 4)})`
      : result.state === 'not-provided' && result.notProvided
        ? ` (${result.notProvided})`
        : '';
  return `${withSite ? `${answer.siteLabel}: ` : ''}${stateIcon[result.state]} ${stateWord[result.state]}${because}`;
}

const cell = markdownCell;

/**
 * The table as Markdown, as a working group pastes it into its minutes: a heading line with the
 * cut and the time, one row per capability, one column per architecture.
 */
export function toMarkdown(
  capabilities: readonly CapabilityInfo[],
  columns: readonly Column[],
  seconds: number,
  cutLabel: string,
  link: string,
): string {
  const when = seconds > 0 ? `, ${describeDuration(seconds)} into the cut` : ', just after the cut';
  const lines = [
    `**What a cut-off edge site can still do** (${cell(cutLabel)}${when}; derived by the Edge Architecture Explorer)`,
    '',
    `| Capability | ${columns.map((c) => cell(`${c.architecture.name} (${c.caption})`)).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
  ];
  for (const capability of capabilities) {
    const cells = columns.map((c) => {
      const answers = c.answers.get(capability.id);
      if (!answers) return 'not described';
      return cell(answers.map((a) => answerText(c.architecture, a, answers.length > 1)).join('; '));
    });
    lines.push(`| ${cell(capability.title)} | ${cells.join(' | ')} |`);
  }
  lines.push('', markdownLinkBack(link));
  return lines.join('\n');
}
