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
