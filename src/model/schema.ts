/**
 * The one definition of the architecture data. TypeScript types are inferred from it and
 * `npm run schema` writes the JSON Schemas under architectures/schema/ for editors.
 * Cross-references (a site id that exists, a wan link between two sites...) are checked in
 * validate.ts, because they span fields that a per-field schema cannot see.
 */
import { z } from 'zod';
import { layerValues, linkOverValues, siteKindValues, statusValues } from './vocabulary.ts';

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id (lowercase letters, digits, single hyphens)');

const text = z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters');

export const sourceSchema = z.strictObject({
  title: text.describe('What the page is, e.g. "TripleO docs: Distributed Compute Node"'),
  url: z
    .url({ protocol: /^https$/, message: 'must be an https:// URL' })
    .describe('Public documentation that supports the entry (https)'),
});

export const statusSchema = z.enum(statusValues);
export const layerSchema = z.enum(layerValues);

export const siteKindSchema = z.enum(siteKindValues);
export const linkOverSchema = z.enum(linkOverValues);

/** A cut as written in data: every edge site, the central site failing, or a list of edge sites. */
export const cutSpecSchema = z.union([z.literal('all'), z.literal('central'), z.array(kebabId).min(1)]);

/** How long a cut has lasted: a whole number and a unit (s, m, h, d), e.g. 40s, 5m, 1h, 30d. */
export const durationSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}(s|m|h|d)$/, 'must be a duration: a whole number and s, m, h or d (e.g. 40s, 5m, 1h, 30d)');

/** A moment in a long cut: from `after` on, the component has this status and this is what changed. */
export const momentSchema = z.strictObject({
  after: durationSchema.describe('How long after the cut began this applies (40s, 5m, 1h, 30d)'),
  status: statusSchema.describe('The status from this moment on, by the same rule as disconnected.status'),
  change: text.describe('What changes at this moment, in one or two sentences'),
  reconnect: text
    .optional()
    .describe('The reconnect story for a cut that lasted at least this long; replaces disconnected.reconnect'),
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
});

const STATUS_RULE =
  'For an edge component: what it still does for the users and workloads of its own site while that site is cut off. ' +
  'For a central component: what the cut-off site gets from it (its service to every other site is unaffected and not described here).';

export const disconnectedSchema = z.strictObject({
  status: statusSchema.describe(`The component's state just after the cut. ${STATUS_RULE}`),
  impact: text.describe('What an operator or user can still do and cannot do while cut off'),
  reconnect: text.describe('What resynchronises by itself and what needs an operator when the link returns'),
  timeline: z
    .array(momentSchema)
    .optional()
    .describe('How the state changes while the cut lasts, in ascending order of `after`'),
  acknowledged: text.optional().describe('Why a lint warning about this component is expected (shown in the panel)'),
});

export const siteSchema = z.strictObject({
  id: kebabId,
  name: text.max(40, 'must be at most 40 characters (it titles the site box)'),
  kind: siteKindSchema,
  description: text.optional(),
});

export const componentSchema = z.strictObject({
  id: kebabId,
  name: text.max(32, 'must be at most 32 characters (it is the node label; put detail in role)'),
  site: kebabId.describe('Id of the site the component runs on'),
  layer: layerSchema,
  role: text.describe('What the component does in this architecture'),
  optional: z.boolean().optional().describe('An optional part of the architecture'),
  requirements: z.array(kebabId).min(1, 'must list at least one requirement id'),
  disconnected: disconnectedSchema,
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
});

export const linkSchema = z.strictObject({
  from: kebabId.describe('The dependent component (client)'),
  to: kebabId.describe('The component it depends on (server)'),
  over: linkOverSchema,
  label: text.max(40, 'must be at most 40 characters'),
});

export const tourStepSchema = z.strictObject({
  title: text,
  text,
  focus: z.array(kebabId).min(1, 'must focus at least one component'),
  cut: cutSpecSchema.optional(),
  t: durationSchema.optional().describe('How long the cut has lasted at this step (needs a cut)'),
});

/**
 * What a user-level capability needs in one architecture. Each entry of `needs` is a component id
 * (all are needed) or a list of ids (any one of them will do). Its state under a cut is derived
 * from those components' states, never written by hand.
 */
export const capabilityUseSchema = z
  .strictObject({
    capability: kebabId.describe('Id of a capability in capabilities.yaml'),
    needs: z
      .array(z.union([kebabId, z.array(kebabId).min(2, 'an alternative must list at least two component ids')]))
      .min(1, 'must list at least one component')
      .optional()
      .describe(
        'Components the capability needs: an id (needed) or a list of ids (any one will do). At one edge site, needs on other edge sites are ignored.',
      ),
    notProvided: text.optional().describe('Why this architecture does not offer the capability at all'),
    note: text.optional().describe('What a reader should know beyond the components, e.g. a precondition'),
    sources: z.array(sourceSchema).min(1, 'must list at least one source'),
  })
  .refine((use) => (use.needs === undefined) !== (use.notProvided === undefined), {
    message: 'must have either needs or notProvided, not both',
  });

export const capabilitySchema = z.strictObject({
  id: kebabId,
  title: text.max(48, 'must be at most 48 characters (it labels a table row)'),
  question: text.describe('The question a user asks, e.g. "Can I start a new workload at the cut-off site?"'),
  description: text,
});

export const capabilitiesFileSchema = z.strictObject({
  capabilities: z.array(capabilitySchema).min(1, 'must list at least one capability'),
});

export const architectureSchema = z.strictObject({
  id: kebabId,
  name: text,
  model: kebabId.describe('Id of a control-plane model in models.yaml'),
  order: z
    .number()
    .int()
    .min(1)
    .max(999)
    .optional()
    .describe('Where it is listed (home page, matrix, search): lowest first; without one, after the others by name'),
  modelNote: text.optional(),
  release: text.optional().describe('Which releases the description applies to'),
  summary: text,
  overTime: text
    .optional()
    .describe(
      'How a long cut plays out as a whole, including what does not change with time (shown with the time control)',
    ),
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
  sites: z.array(siteSchema).min(2, 'must have a central site and at least one edge site'),
  components: z.array(componentSchema).min(1, 'must have at least one component'),
  links: z.array(linkSchema),
  tour: z.array(tourStepSchema).optional(),
  capabilities: z
    .array(capabilityUseSchema)
    .optional()
    .describe('What each capability of capabilities.yaml needs here'),
});

export const requirementSchema = z.strictObject({
  id: kebabId,
  title: text,
  description: text,
  origin: text.optional(),
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
});

export const requirementsFileSchema = z.strictObject({
  requirements: z.array(requirementSchema).min(1, 'must list at least one requirement'),
});

export const modelSchema = z.strictObject({
  id: kebabId,
  name: text,
  summary: text,
  variantOf: kebabId.optional(),
  edgeKeeps: z.array(text).optional(),
  edgeLoses: z.array(text).optional(),
  tradeoffs: z.array(text).optional(),
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
});

export const modelsFileSchema = z.strictObject({
  models: z.array(modelSchema).min(1, 'must list at least one model'),
});

export type Source = z.infer<typeof sourceSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Layer = z.infer<typeof layerSchema>;
export type CutSpec = z.infer<typeof cutSpecSchema>;
export type Site = z.infer<typeof siteSchema>;
export type Component = z.infer<typeof componentSchema>;
export type Link = z.infer<typeof linkSchema>;
export type TourStep = z.infer<typeof tourStepSchema>;
export type Architecture = z.infer<typeof architectureSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Model = z.infer<typeof modelSchema>;

export type Moment = z.infer<typeof momentSchema>;
export type CapabilityUse = z.infer<typeof capabilityUseSchema>;
export type Capability = z.infer<typeof capabilitySchema>;

export type FileKind = 'architecture' | 'requirements' | 'models' | 'capabilities';
export const schemaByKind = {
  architecture: architectureSchema,
  requirements: requirementsFileSchema,
  models: modelsFileSchema,
  capabilities: capabilitiesFileSchema,
} as const;
