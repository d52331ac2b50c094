/**
 * The matrix's cells: the components of one architecture that serve one requirement, with the
 * per-site copies of a component (dcn0-nova-compute and dcn1-nova-compute, subcloud1-ha and
 * subcloud2-ha) folded into one entry that counts its sites.
 */
import type { Architecture, Component } from '../model/schema';

export interface FoldedEntry {
  /** What the copies share: the id without its site prefix ("nova-compute"). */
  key: string;
  /** The name without the site ("nova-compute (dcn0)" → "nova-compute"). */
  name: string;
  /** One per site, in the data's order. */
  copies: Component[];
  /** The sites the copies run on. */
  siteIds: string[];
}

/** "dcn0-nova-compute" on dcn0 → "nova-compute"; ids without the site prefix stay as they are. */
export const localKey = (component: Pick<Component, 'id' | 'site'>) =>
  component.id.startsWith(`${component.site}-`) ? component.id.slice(component.site.length + 1) : component.id;

/** The name without its site: "Glance API (edge, dcn0)" → "Glance API (edge)", "Agent (east)" → "Agent". */
export function nameWithoutSite(name: string, siteId: string): string {
  const match = /^(.*?)\s*\(([^()]*)\)$/.exec(name);
  if (!match) return name;
  const rest = match[2]!
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.toLowerCase() !== siteId.toLowerCase());
  if (rest.length === match[2]!.split(',').length) return name;
  return rest.length > 0 ? `${match[1]} (${rest.join(', ')})` : match[1]!;
}

/** Folds per-site copies: components with the same id after their site prefix are one entry. */
export function fold(components: readonly Component[], arch: Pick<Architecture, 'sites'>): FoldedEntry[] {
  const edge = new Set(arch.sites.filter((s) => s.kind === 'edge').map((s) => s.id));
  const entries = new Map<string, FoldedEntry>();
  for (const c of components) {
    // Only edge sites have copies; a central component is its own entry.
    const key = edge.has(c.site) ? `edge:${localKey(c)}` : `id:${c.id}`;
    const entry = entries.get(key);
    if (entry) {
      entry.copies.push(c);
      if (!entry.siteIds.includes(c.site)) entry.siteIds.push(c.site);
    } else {
      entries.set(key, {
        key: edge.has(c.site) ? localKey(c) : c.id,
        name: nameWithoutSite(c.name, c.site),
        copies: [c],
        siteIds: [c.site],
      });
    }
  }
  return [...entries.values()];
}
