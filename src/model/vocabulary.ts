/** Closed vocabularies and limits of the data, shared by the zod schema (build) and the browser. */
export const statusValues = ['operational', 'degraded', 'unavailable'] as const;

export const layerValues = [
  'control-plane',
  'identity',
  'compute',
  'network',
  'storage',
  'image',
  'messaging',
  'lifecycle',
  'sync',
  'monitoring',
  'device',
  'ui',
  'workload',
] as const;

export const siteKindValues = ['central', 'edge'] as const;
export const linkOverValues = ['wan', 'local'] as const;

/**
 * The longest id the data may use. The URL accepts ids this long plus the prefix a generated fleet
 * puts before a component id (`fleet-5000-`), so every valid id makes a working link.
 */
export const MAX_ID_LENGTH = 64;
export const MAX_FLEET_SITES = 5000;
/** Ids a generated fleet gives its sites and their components (`fleet-7`, `fleet-7-nova-compute`); the data may not use them. */
export const FLEET_ID = /^fleet-[0-9]/;
export const fleetSiteId = (index: number) => `fleet-${index}`;
export const MAX_LINK_ID_LENGTH = MAX_ID_LENGTH + fleetSiteId(MAX_FLEET_SITES).length + 1;

/** The slowest WAN round trip the data and the URL describe (ms). */
export const MAX_RTT_MS = 2000;

/**
 * The layout's bound. The build lays out every site with ELK in 17 variants and keeps the best (see
 * src/layout/layout.ts); its time grows much faster than the size. Measured on the 2-core build
 * machine, in a build that has laid out another file already (a fresh process adds 2–3 s): a site of
 * 30 components and 60 links takes 2–4 s, of 40 components and 80 links 5 s (up to 15 s for the
 * densest shapes), of 80 components and 240 links 90 s; a file at these caps (three sites of 30
 * components, 150 links) about 7 s, 9–11 s in a fresh process; the largest shipped file (43
 * components, 74 links; at most 19 components and 23 links in one site) 3–4 s. The validator
 * refuses a file over any cap and the layout refuses to start on one, so one pull request cannot
 * stall the build, nor a pasted file the browser.
 */
export const MAX_COMPONENTS_PER_SITE = 30;
/** Links with both ends on one site (local links), per site. */
export const MAX_LINKS_PER_SITE = 60;
export const MAX_COMPONENTS = 90;
/** Every link of the file, local and WAN. */
export const MAX_LINKS = 150;

/** Where a file breaks the layout's bound (a path into the data) and how. */
export interface LayoutBoundProblem {
  path: (string | number)[];
  message: string;
}

/** Every cap of the layout's bound that an architecture exceeds, located; empty when it can be laid out. */
export function layoutBoundProblems(arch: {
  sites: readonly { id: string }[];
  components: readonly { id: string; site: string }[];
  links: readonly { from: string; to: string }[];
}): LayoutBoundProblem[] {
  const problems: LayoutBoundProblem[] = [];
  const bound = "(the layout's bound)";
  const siteOf = new Map(arch.components.map((c) => [c.id, c.site]));
  const components = new Map<string, number>();
  const links = new Map<string, number>();
  for (const c of arch.components) components.set(c.site, (components.get(c.site) ?? 0) + 1);
  for (const l of arch.links) {
    const site = siteOf.get(l.from);
    if (site !== undefined && site === siteOf.get(l.to)) links.set(site, (links.get(site) ?? 0) + 1);
  }
  const counted = new Set<string>();
  arch.sites.forEach((site, i) => {
    if (counted.has(site.id)) return;
    counted.add(site.id);
    const [n, l] = [components.get(site.id) ?? 0, links.get(site.id) ?? 0];
    if (n > MAX_COMPONENTS_PER_SITE)
      problems.push({
        path: ['sites', i, 'id'],
        message: `site "${site.id}" has ${n} components; at most ${MAX_COMPONENTS_PER_SITE} per site ${bound}`,
      });
    if (l > MAX_LINKS_PER_SITE)
      problems.push({
        path: ['sites', i, 'id'],
        message: `site "${site.id}" has ${l} links between its own components; at most ${MAX_LINKS_PER_SITE} per site ${bound}`,
      });
  });
  if (arch.components.length > MAX_COMPONENTS)
    problems.push({
      path: ['components'],
      message: `${arch.components.length} components; at most ${MAX_COMPONENTS} in one architecture ${bound}`,
    });
  if (arch.links.length > MAX_LINKS)
    problems.push({
      path: ['links'],
      message: `${arch.links.length} links; at most ${MAX_LINKS} in one architecture ${bound}`,
    });
  return problems;
}
