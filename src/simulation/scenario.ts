/**
 * What the reader chose to simulate, in one value: a cut and how long it has lasted, the WAN's round
 * trip, a site being upgraded. Every view resolves it against the architecture it shows and describes
 * it the same way (titles, captions, exports).
 */
import { describeDuration } from '../model/duration';
import type { GraphArchitecture } from '../model/dataset';
import { formatCount } from '../model/format';
import { NO_CUT, resolveCut, type Cut, type CutResolution } from './cut';
import { NORMAL, resolveUpgrade, type Conditions } from './status';
import { describeCut } from './summary';

export interface Scenario {
  cut: Cut;
  /** Seconds since the cut began (null: just cut). */
  t: number | null;
  /** The WAN's round-trip time in ms (0: as documented). */
  rtt: number;
  /** `central`, `edge` (the first edge site) or a site id; null: nothing is being upgraded. */
  upgrade: string | null;
  spare: boolean;
}
export const CALM: Scenario = { cut: NO_CUT, t: null, rtt: 0, upgrade: null, spare: false };

export interface ResolvedScenario {
  resolution: CutResolution;
  seconds: number;
  conditions: Conditions;
}

export function resolveScenario(arch: Pick<GraphArchitecture, 'sites'>, scenario: Scenario): ResolvedScenario {
  return {
    resolution: resolveCut(arch, scenario.cut),
    seconds: scenario.t ?? 0,
    conditions:
      scenario.rtt === 0 && scenario.upgrade === null
        ? NORMAL
        : { rtt: scenario.rtt, upgrade: resolveUpgrade(arch, scenario.upgrade, scenario.spare) },
  };
}

/** The round trip and the upgrade in words ("WAN 150 ms round trip · dcn0 being upgraded, with spare capacity"), or ''. */
export function describeConditions(arch: Pick<GraphArchitecture, 'sites'>, conditions: Conditions): string {
  const parts: string[] = [];
  if (conditions.rtt > 0) parts.push(`WAN ${formatCount(conditions.rtt)} ms round trip`);
  const upgrade = conditions.upgrade;
  if (upgrade) {
    const name = arch.sites.find((s) => s.id === upgrade.site)?.name ?? upgrade.site;
    parts.push(
      `${upgrade.central ? 'central site' : name} being upgraded${upgrade.spare ? ', with spare capacity' : ''}`,
    );
  }
  return parts.join(' · ');
}

/**
 * The whole scenario in one line, for titles, captions and exports.
 * @param time false where the time into the cut is shown apart (a table's heading)
 */
export function describeScenario(
  arch: Pick<GraphArchitecture, 'sites'>,
  resolved: ResolvedScenario,
  { time = true }: { time?: boolean } = {},
): string {
  const { resolution, seconds, conditions } = resolved;
  const cutting = resolution.centralDown || resolution.cutSites.size > 0;
  const when = !time || !cutting ? '' : seconds ? `, ${describeDuration(seconds)} into the cut` : ', just cut';
  const cut = `${describeCut(arch, resolution)}${when}`;
  const more = describeConditions(arch, conditions);
  if (!more) return cut;
  return cutting ? `${cut} · ${more}` : more;
}
