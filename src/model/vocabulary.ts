/** Closed vocabularies of the data, kept free of zod so the browser bundle can import them. */
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
