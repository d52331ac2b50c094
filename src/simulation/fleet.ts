/**
 * `?sites=N`: the architecture's first edge site is the template, copied to N sites `fleet-1..fleet-N`
 * with its components and links, and placed on a grid (no layout engine in the browser).
 */
import type { ArchitectureBundle } from '../model/dataset';
import type { Architecture, Component, Link, Site } from '../model/schema';
import { fleetSiteId } from '../model/vocabulary';
import { intersects, placeSites, type Point, type Rect } from '../model/geometry';

/** `dcn0-nova-compute` on template `dcn0` → `nova-compute`, so clones read `fleet-7-nova-compute`. */
const localName = (componentId: string, templateId: string) =>
  componentId.startsWith(`${templateId}-`) ? componentId.slice(templateId.length + 1) : componentId;

export { fleetSiteId };

export function templateSite(arch: Pick<Architecture, 'sites'>): Site {
  return arch.sites.find((s) => s.kind === 'edge')!;
}

export function expandFleet(bundle: ArchitectureBundle, count: number): ArchitectureBundle {
  const { architecture: arch, layout } = bundle;
  const template = templateSite(arch);
  const central = arch.sites.find((s) => s.kind === 'central')!;
  const centralIds = new Set(arch.components.filter((c) => c.site === central.id).map((c) => c.id));
  const templateComponents = arch.components.filter((c) => c.site === template.id);
  const templateIds = new Set(templateComponents.map((c) => c.id));
  const templateLinks = arch.links.filter(
    (l) =>
      (templateIds.has(l.from) || templateIds.has(l.to)) &&
      (templateIds.has(l.from) || centralIds.has(l.from)) &&
      (templateIds.has(l.to) || centralIds.has(l.to)),
  );

  const sites: Site[] = [central];
  const components: Component[] = arch.components.filter((c) => c.site === central.id);
  const links: Link[] = arch.links.filter((l) => centralIds.has(l.from) && centralIds.has(l.to));
  const positions: Record<string, Point> = {};
  for (const c of components) positions[c.id] = layout.components[c.id]!;

  for (let i = 1; i <= count; i++) {
    const siteId = fleetSiteId(i);
    const rename = (id: string) => (templateIds.has(id) ? `${siteId}-${localName(id, template.id)}` : id);
    sites.push({ ...template, id: siteId, name: `Edge site ${i}`, description: `Copy of ${template.name}` });
    for (const c of templateComponents) {
      const id = rename(c.id);
      components.push({ ...c, id, site: siteId });
      positions[id] = layout.components[c.id]!;
    }
    for (const l of templateLinks) links.push({ ...l, from: rename(l.from), to: rename(l.to) });
  }

  const siteSize = { width: layout.sites[template.id]!.width, height: layout.sites[template.id]!.height };
  const placed = placeSites(
    { id: central.id, size: { width: layout.sites[central.id]!.width, height: layout.sites[central.id]!.height } },
    sites.slice(1).map((s) => ({ id: s.id, size: siteSize })),
  );
  return {
    architecture: { ...arch, sites, components, links, tour: undefined },
    layout: { ...placed, components: positions },
  };
}

/**
 * Only the sites near what is on screen, for a fleet zoomed in: React Flow then holds hundreds of
 * nodes instead of tens of thousands. The central site is always kept.
 */
export function sitesWithin(bundle: ArchitectureBundle, region: Rect): ArchitectureBundle['architecture'] {
  const { architecture: arch, layout } = bundle;
  const kept = new Set(
    arch.sites.filter((s) => s.kind === 'central' || intersects(layout.sites[s.id]!, region)).map((s) => s.id),
  );
  const components = arch.components.filter((c) => kept.has(c.site));
  const ids = new Set(components.map((c) => c.id));
  return {
    ...arch,
    sites: arch.sites.filter((s) => kept.has(s.id)),
    components,
    links: arch.links.filter((l) => ids.has(l.from) && ids.has(l.to)),
  };
}
