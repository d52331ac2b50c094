/**
 * `?sites=N`: the architecture's first edge site is the template, copied to N sites `fleet-1..fleet-N`
 * with its components and links, and placed on a grid (no layout engine in the browser).
 */
import type { Bundle, GraphArchitecture, GraphSite } from '../model/dataset';
import type { Link } from '../model/schema';
import { fleetSiteId } from '../model/vocabulary';
import { intersects, placeSites, type DrawnPath, type Rect, type RouteLeg } from '../model/geometry';

/** `dcn0-nova-compute` on template `dcn0` → `nova-compute`, so clones read `fleet-7-nova-compute`. */
const localName = (componentId: string, templateId: string) =>
  componentId.startsWith(`${templateId}-`) ? componentId.slice(templateId.length + 1) : componentId;

export { fleetSiteId };

export function templateSite<S extends GraphSite>(arch: { sites: readonly S[] }): S {
  return arch.sites.find((s) => s.kind === 'edge')!;
}

/** Works on the graph alone (the diagram) and on the full data (the panels): same ids, same places. */
export function expandFleet<A extends GraphArchitecture>(bundle: Bundle<A>, count: number): Bundle<A> {
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

  const sites: A['sites'][number][] = [central];
  const components: A['components'][number][] = arch.components.filter((c) => c.site === central.id);
  const links: Link[] = arch.links.filter((l) => centralIds.has(l.from) && centralIds.has(l.to));
  const boxes: Record<string, Rect> = {};
  const labels: Record<string, string[]> = {};
  for (const c of components) {
    boxes[c.id] = layout.components[c.id]!;
    labels[c.id] = layout.labels[c.id]!;
  }
  // Drawn paths: the central site's own, then per copy the template's, moved to the copy. Between
  // sites, a copy's WAN lane is a short stub up from its hub: thousands of lanes into one site would be noise.
  const paths: Record<string, DrawnPath> = {};
  const templatePaths = Object.entries(layout.paths);
  for (const [id, path] of templatePaths) if (path.legs.every((leg) => leg.site === central.id)) paths[id] = path;
  const hub = layout.hubs[template.id];
  const stub: RouteLeg | null = hub
    ? {
        site: template.id,
        points: [
          { x: hub.x + hub.width / 2, y: 0 },
          { x: hub.x + hub.width / 2, y: hub.y - 14 },
        ],
      }
    : null;
  const inTemplate = templatePaths.filter(([, path]) => path.legs.every((leg) => leg.site === template.id));

  for (let i = 1; i <= count; i++) {
    const siteId = fleetSiteId(i);
    const rename = (id: string) => (templateIds.has(id) ? `${siteId}-${localName(id, template.id)}` : id);
    const copy = { ...template, id: siteId, name: `Edge site ${i}`, description: `Copy of ${template.name}` };
    sites.push(copy);
    for (const c of templateComponents) {
      const id = rename(c.id);
      components.push({ ...c, id, site: siteId });
      boxes[id] = layout.components[c.id]!;
      labels[id] = layout.labels[c.id]!;
    }
    for (const l of templateLinks) links.push({ ...l, from: rename(l.from), to: rename(l.to) });
    const renameLink = (key: string) => key.split('->').map(rename).join('->');
    const onCopy = (leg: RouteLeg): RouteLeg => ({ site: siteId, points: leg.points });
    for (const [id, path] of inTemplate) {
      paths[`${siteId}:${id}`] = {
        ...path,
        legs: path.legs.map(onCopy),
        start: path.start && rename(path.start),
        end: path.end && rename(path.end),
        links: path.links.map(renameLink),
        edgeSite: path.edgeSite && siteId,
      };
    }
    if (stub) {
      const wan = templateLinks.filter((l) => l.over === 'wan').map((l) => `${rename(l.from)}->${rename(l.to)}`);
      paths[`${siteId}:stub`] = {
        over: 'wan',
        edgeSite: siteId,
        legs: [onCopy(stub)],
        start: null,
        end: null,
        links: wan,
      };
    }
  }

  const siteSize = { width: layout.sites[template.id]!.width, height: layout.sites[template.id]!.height };
  const placed = placeSites(
    { id: central.id, size: { width: layout.sites[central.id]!.width, height: layout.sites[central.id]!.height } },
    sites.slice(1).map((s) => ({ id: s.id, size: siteSize })),
  );
  return {
    // A fleet has no tour: its steps name the documented sites.
    architecture: { ...arch, sites, components, links, tour: undefined } as A,
    layout: {
      ...placed,
      components: boxes,
      labels,
      hubs: Object.fromEntries(
        sites
          .slice(1)
          .filter(() => hub)
          .map((s) => [s.id, hub!]),
      ),
      paths,
    },
  };
}

/**
 * Only the sites near what is on screen, for a fleet zoomed in: React Flow then holds hundreds of
 * nodes instead of tens of thousands. The central site is always kept.
 */
export function sitesWithin<A extends GraphArchitecture>(bundle: Bundle<A>, region: Rect): A {
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
  } as A;
}
