/**
 * Consistency of the disconnect story with the link graph. An edge component that claims to stay
 * `operational` when cut off, yet can only reach what it depends on across the WAN, contradicts itself.
 *
 * Every walk here is iterative and visits each link a bounded number of times, so chains of any
 * length neither overflow the stack nor take quadratic time, and each warning has a bounded length.
 */
import type { PathSegment } from './load.ts';
import { gappedChain, shortChain } from './problems.ts';
import type { Architecture, Link } from '../model/schema.ts';

export interface LintWarning {
  path: PathSegment[];
  message: string;
  componentId: string;
}

/** How a WAN-bound component reaches the WAN: its first link, and where that chain ends. */
interface Witness {
  /** The component's first link: over the WAN, or to a component that is WAN-bound itself. */
  first: Link;
  /** Local links from the component to the one whose link crosses the WAN. */
  localHops: number;
  /** The link that crosses the WAN at the end of the chain. */
  wan: Link;
}

/**
 * The components every dependency chain of which ends in a WAN link: a component is WAN-bound when it
 * has links and each of them crosses the WAN or leads locally to a WAN-bound component. Computed as
 * the least fixed point, from the components whose links all cross the WAN backwards along local
 * links (each link is looked at once or twice), so a cycle of local links is never WAN-bound.
 */
export function wanBound(arch: Pick<Architecture, 'components' | 'links'>): Map<string, Witness> {
  const outgoing = new Map<string, Link[]>();
  const localIncoming = new Map<string, Link[]>();
  const waiting = new Map<string, number>();
  for (const link of arch.links) {
    let out = outgoing.get(link.from);
    if (!out) outgoing.set(link.from, (out = []));
    out.push(link);
    if (link.over !== 'wan') {
      let incoming = localIncoming.get(link.to);
      if (!incoming) localIncoming.set(link.to, (incoming = []));
      incoming.push(link);
      waiting.set(link.from, (waiting.get(link.from) ?? 0) + 1);
    }
  }
  // Components in the order they are found WAN-bound: a component's local targets always come first.
  const order: string[] = [];
  const bound = new Set<string>();
  for (const id of outgoing.keys()) {
    if ((waiting.get(id) ?? 0) === 0) {
      bound.add(id);
      order.push(id);
    }
  }
  for (let next = 0; next < order.length; next++) {
    for (const link of localIncoming.get(order[next]!) ?? []) {
      const left = waiting.get(link.from)! - 1;
      waiting.set(link.from, left);
      if (left === 0 && !bound.has(link.from)) {
        bound.add(link.from);
        order.push(link.from);
      }
    }
  }
  const witnesses = new Map<string, Witness>();
  for (const id of order) {
    const first = outgoing.get(id)![0]!;
    const next = first.over === 'wan' ? undefined : witnesses.get(first.to)!;
    witnesses.set(
      id,
      next ? { first, localHops: next.localHops + 1, wan: next.wan } : { first, localHops: 0, wan: first },
    );
  }
  return witnesses;
}

/**
 * The chain from a component to the WAN as a report shows it: `a → b → (wan: RPC) api`; a long one keeps
 * its first and last hops and counts the rest, so each warning is short whatever the chain's length.
 */
function describeChain(id: string, witnesses: Map<string, Witness>): string {
  const witness = witnesses.get(id)!;
  const wanHop = `(wan: ${witness.wan.label}) ${witness.wan.to}`;
  const ids = [id];
  // At most head + 1 steps: the chain is then either complete or shortened around a gap.
  for (let at = witness; at.first.over !== 'wan' && ids.length <= 4; at = witnesses.get(at.first.to)!)
    ids.push(at.first.to);
  const length = witness.localHops + 2;
  if (ids.length + 1 === length) return shortChain([...ids, wanHop]);
  return gappedChain(ids.slice(0, 3), length - 5, [witness.wan.from, wanHop]);
}

type ComponentOf = Architecture['components'][number];

/**
 * The role a component plays, whatever edge site it is on: its layer and its name without the site's
 * id ("nova-compute (dcn0)" and "nova-compute (dcn1)" are one role).
 */
function roleKey(component: ComponentOf, siteIds: readonly string[]): string {
  let name = component.name.toLowerCase();
  for (const id of siteIds) name = name.split(`(${id})`).join('').split(id).join('');
  return `${component.layer}|${name.replace(/\s+/g, ' ').trim()}`;
}

/** A component's latency thresholds as a report shows them: `100ms degraded, 500ms unavailable`, or none. */
const thresholdsOf = (c: ComponentOf) =>
  c.latency?.thresholds?.map((t) => `${t.above} ${t.status}`).join(', ') || 'none';

/** What a component does while its site is upgraded: `degraded (operational with spare capacity)`, or not described. */
function upgradeOf(c: ComponentOf): string {
  if (!c.upgrade) return 'not described';
  const spare = c.upgrade.withSpare ?? c.upgrade.status;
  return spare === c.upgrade.status ? c.upgrade.status : `${c.upgrade.status} (${spare} with spare capacity)`;
}

/**
 * One rule for statuses (see src/model/schema.ts): the same role on two edge sites is described the
 * same way (when cut off, above a WAN round trip, while its site is upgraded), unless one of them says
 * why it differs (`disconnected.acknowledged`).
 */
function sameRoleSameStory(arch: Architecture, { compareUpgrades = false }: LintOptions): LintWarning[] {
  const edgeSites = arch.sites.filter((s) => s.kind === 'edge').map((s) => s.id);
  const first = new Map<string, { component: ComponentOf; index: number }>();
  const warnings: LintWarning[] = [];
  arch.components.forEach((component, index) => {
    if (!edgeSites.includes(component.site)) return;
    const key = roleKey(component, edgeSites);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { component, index });
      return;
    }
    if (
      seen.component.site === component.site ||
      component.disconnected.acknowledged ||
      seen.component.disconnected.acknowledged
    )
      return;
    const other = seen.component;
    if (other.disconnected.status !== component.disconnected.status) {
      warnings.push({
        componentId: component.id,
        path: ['components', index, 'disconnected', 'status'],
        message: `"${component.id}" plays the role of "${other.id}" on another edge site but is ${component.disconnected.status} when cut off, not ${other.disconnected.status} (make them agree, or say why in disconnected.acknowledged)`,
      });
    }
    const [mine, theirs] = [thresholdsOf(component), thresholdsOf(other)];
    if (mine !== theirs) {
      warnings.push({
        componentId: component.id,
        path: ['components', index, ...(component.latency ? ['latency'] : ['id'])],
        message: `"${component.id}" plays the role of "${other.id}" on another edge site but has other latency thresholds (${mine}, not ${theirs}) (make them agree, or say why in disconnected.acknowledged)`,
      });
    }
    const [myUpgrade, theirUpgrade] = [upgradeOf(component), upgradeOf(other)];
    if (compareUpgrades && myUpgrade !== theirUpgrade) {
      warnings.push({
        componentId: component.id,
        path: ['components', index, ...(component.upgrade ? ['upgrade'] : ['id'])],
        message: `"${component.id}" plays the role of "${other.id}" on another edge site but is ${myUpgrade} while its site is upgraded, not ${theirUpgrade} (make them agree, or say why in disconnected.acknowledged)`,
      });
    }
    // One list a strict part of the other looks like an omission (dcn0's agent serves autonomy, dcn1's
    // does not); lists that each have their own entries describe sites that differ (simplex, duplex).
    const [served, otherServes] = [new Set(component.requirements), new Set(other.requirements)];
    const missing = [...otherServes].filter((r) => !served.has(r));
    const extra = [...served].filter((r) => !otherServes.has(r));
    if (missing.length > 0 !== extra.length > 0) {
      const [a, b] = [[...otherServes].sort().join(','), [...served].sort().join(',')];
      warnings.push({
        componentId: component.id,
        path: ['components', index, 'requirements'],
        message: `"${component.id}" plays the role of "${other.id}" on another edge site but serves other requirements (${b} against ${a})`,
      });
    }
  });
  return warnings;
}

export interface LintOptions {
  /**
   * Also warn when two copies of a role disagree on what they do while their site is upgraded. Off
   * until the shipped data says why its copies differ: StarlingX's subcloud1 (AIO-SX) and subcloud2
   * (AIO-DX) differ on 10 roles, TripleO's dcn0 (HCI) and dcn1 (compute only) on nova-compute.
   */
  compareUpgrades?: boolean;
}

export function lintArchitecture(arch: Architecture, options: LintOptions = {}): LintWarning[] {
  const siteKind = new Map(arch.sites.map((s) => [s.id, s.kind]));
  const witnesses = wanBound(arch);
  const warnings: LintWarning[] = sameRoleSameStory(arch, options);
  arch.components.forEach((component, index) => {
    if (siteKind.get(component.site) !== 'edge') return;
    if (component.disconnected.status !== 'operational' || component.disconnected.acknowledged) return;
    if (!witnesses.has(component.id)) return;
    warnings.push({
      componentId: component.id,
      path: ['components', index, 'disconnected', 'status'],
      message: `"${component.id}" is operational when cut off, but every dependency crosses the WAN: ${describeChain(component.id, witnesses)} (fix the status or links, or add disconnected.acknowledged)`,
    });
  });
  return warnings;
}
