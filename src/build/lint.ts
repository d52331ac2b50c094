/**
 * Consistency of the disconnect story with the link graph. An edge component that claims to stay
 * `operational` when cut off, yet can only reach what it depends on across the WAN, contradicts itself.
 */
import type { PathSegment } from './load.ts';
import type { Architecture } from '../model/schema.ts';

export interface LintWarning {
  path: PathSegment[];
  message: string;
  componentId: string;
}

/**
 * For each component, the first dependency chain that ends in a WAN link, if *every* chain from it does.
 * A component with a local dependency that can itself work without the WAN is not WAN-bound.
 */
export function wanBoundChains(arch: Architecture): Map<string, string[]> {
  const outgoing = new Map<string, typeof arch.links>();
  for (const link of arch.links) outgoing.set(link.from, [...(outgoing.get(link.from) ?? []), link]);
  const memo = new Map<string, string[] | null>();

  const chainOf = (id: string, visiting: Set<string>): string[] | null => {
    if (memo.has(id)) return memo.get(id)!;
    const links = outgoing.get(id) ?? [];
    if (links.length === 0 || visiting.has(id)) return null;
    visiting.add(id);
    let witness: string[] | null = null;
    for (const link of links) {
      const chain = link.over === 'wan' ? [`(wan: ${link.label}) ${link.to}`] : chainOf(link.to, visiting);
      if (chain === null) {
        witness = null;
        break;
      }
      witness ??= link.over === 'wan' ? chain : [link.to, ...chain];
    }
    visiting.delete(id);
    memo.set(id, witness);
    return witness;
  };

  const result = new Map<string, string[]>();
  for (const component of arch.components) {
    const chain = chainOf(component.id, new Set());
    if (chain) result.set(component.id, chain);
  }
  return result;
}

export function lintArchitecture(arch: Architecture): LintWarning[] {
  const siteKind = new Map(arch.sites.map((s) => [s.id, s.kind]));
  const chains = wanBoundChains(arch);
  const warnings: LintWarning[] = [];
  arch.components.forEach((component, index) => {
    if (siteKind.get(component.site) !== 'edge') return;
    if (component.disconnected.status !== 'operational' || component.disconnected.acknowledged) return;
    const chain = chains.get(component.id);
    if (!chain) return;
    warnings.push({
      componentId: component.id,
      path: ['components', index, 'disconnected', 'status'],
      message: `"${component.id}" is operational when cut off, but every dependency crosses the WAN: ${[component.id, ...chain].join(' → ')} (fix the status or links, or add disconnected.acknowledged)`,
    });
  });
  return warnings;
}
