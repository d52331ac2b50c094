/**
 * The one definition of the architecture data. TypeScript types are inferred from it and
 * `npm run schema` writes the JSON Schemas under architectures/schema/ for editors.
 * Cross-references (a site id that exists, a wan link between two sites...) are checked in
 * validate.ts, because they span fields that a per-field schema cannot see.
 */
import { z } from 'zod';
import {
  FLEET_ID,
  layerValues,
  linkOverValues,
  MAX_ID_LENGTH,
  MAX_RTT_MS,
  siteKindValues,
  statusValues,
} from './vocabulary.ts';

export const kebabId = z
  .string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters (ids are part of links, which have a limit)`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id (lowercase letters, digits, single hyphens)');

/** The id of a site or component: `fleet-<digit>…` belongs to the sites and components `?sites=` generates. */
const ownId = kebabId.refine((id) => !FLEET_ID.test(id), {
  message: 'must not start with "fleet-" and a digit: such ids are kept for the sites and components ?sites= generates',
});

// ——— what text may hold ———

/** Control characters other than tab and line feed: invisible, and they break exports and terminals. */
// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Bidirectional embeddings, overrides and isolates: they make text display in another order than it reads. */
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;
/** In a name, even the plain direction marks: a name is one short run of text, not a paragraph. */
const BIDI_MARK = /[\u061C\u200E\u200F]/;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
/**
 * Text that shows nothing: white space, default-ignorable code points (zero-width characters,
 * Hangul fillers, variation selectors…), combining marks with nothing to combine with, format
 * characters, and the braille blank.
 */
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\p{Cc}\p{Cf}\u2800]*$/u;
/**
 * Noncharacters: U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…
 * U+10FFFF). Not text: XML cannot hold U+FFFE or U+FFFF, so the SVG and draw.io exports would be invalid.
 */
export const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
/** Half of a UTF-16 surrogate pair on its own (`"\uD800"` in a quoted YAML string): no character at all. */
export const LONE_SURROGATE = /\p{Cs}/u;
const NONCHARACTER_MESSAGE =
  'must not contain noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and the last two code points of every plane): they are not text, and the SVG and draw.io exports cannot hold them';
const LONE_SURROGATE_MESSAGE =
  'must not contain a lone surrogate (half of a UTF-16 pair, such as "\\uD800"): it is not a character, and the exports cannot hold it';

const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2000, 'must be at most 2000 characters')
  .refine((s) => !CONTROL.test(s), { message: 'must not contain control characters' })
  .refine((s) => !NONCHARACTER.test(s), { message: NONCHARACTER_MESSAGE })
  .refine((s) => !LONE_SURROGATE.test(s), { message: LONE_SURROGATE_MESSAGE })
  .refine((s) => !BIDI_OVERRIDE.test(s), {
    message: 'must not contain bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069)',
  })
  .refine((s) => s.length === 0 || !INVISIBLE.test(s), { message: 'must contain visible characters' });

/** A name, title or label: the text as above, on one line, without direction marks. */
const name = text
  .refine((s) => !LINE_BREAK.test(s), { message: 'must be one line (no line breaks)' })
  .refine((s) => !BIDI_MARK.test(s), { message: 'must not contain direction marks (U+061C, U+200E, U+200F)' });

// ——— sources: public pages only ———

const ipv4 = (host: string): number[] | null => {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
};

function ipv4Kind([a = 0, b = 0, c = 0]: number[]): string | null {
  if (a === 127) return 'a loopback address';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private address';
  if (a === 169 && b === 254) return 'a link-local address';
  if (a === 100 && b >= 64 && b <= 127) return 'a shared (carrier-grade NAT) address';
  if (a === 0 || a >= 224) return 'a reserved or multicast address';
  if ((a === 192 && b === 0 && (c === 0 || c === 2)) || (a === 198 && (b === 18 || b === 19)))
    return 'a reserved address';
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'a documentation address';
  return null;
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (lowercase, `::` allowed). */
function ipv6Groups(host: string): number[] | null {
  const halves = host.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const all = halves.length === 2 ? [...head, ...Array(8 - head.length - tail.length).fill(0), ...tail] : head;
  return all.length === 8 && all.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? all : null;
}

function ipv6Kind(groups: number[]): string | null {
  const group = (i: number) => groups[i]!;
  const zero = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  /** The IPv4 address in groups i and i + 1. */
  const v4 = (i: number) => [group(i) >> 8, group(i) & 0xff, group(i + 1) >> 8, group(i + 1) & 0xff];
  if (zero(0, 7) && group(7) <= 1) return group(7) === 1 ? 'a loopback address' : 'the unspecified address';
  // ::a.b.c.d (IPv4-compatible, RFC 4291): deprecated, never a public page, whatever address it holds.
  if (zero(0, 6)) return ipv4Kind(v4(6)) ?? 'a deprecated IPv4-compatible address (write the IPv4 address)';
  // ::ffff:a.b.c.d (IPv4-mapped), ::ffff:0:a.b.c.d (IPv4-translated) and 64:ff9b::a.b.c.d (NAT64) carry an
  // IPv4 address in their last 32 bits, 2002:aabb:ccdd:: (6to4) in the 32 bits after 2002.
  const mapped = zero(0, 5) && group(5) === 0xffff;
  const translated = zero(0, 4) && group(4) === 0xffff && group(5) === 0;
  if (mapped || translated || (group(0) === 0x64 && group(1) === 0xff9b)) return ipv4Kind(v4(6));
  if (group(0) === 0x2002) return ipv4Kind(v4(1));
  if ((group(0) & 0xfe00) === 0xfc00) return 'a private (unique local) address';
  if ((group(0) & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((group(0) & 0xff00) === 0xff00) return 'a multicast address';
  if (group(0) === 0x2001 && group(1) === 0x0db8) return 'a documentation address';
  return null;
}

/** The longest source URL: far above any documentation page's address (the shipped data's longest is about 250). */
const MAX_SOURCE_URL_LENGTH = 2000;

/** Names that never lead to a public page: localhost and the suffixes reserved for local or test use. */
const LOCAL_SUFFIX = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain|test|invalid|example)$/;

/** Why a source URL cannot be a public page, or null when it can be. */
export function sourceUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null; // the url check above reports it
  }
  if (url.protocol !== 'https:') return null;
  // The URL parser would percent-encode them, but the exports write the URL as the data holds it.
  if (NONCHARACTER.test(value)) return NONCHARACTER_MESSAGE;
  if (LONE_SURROGATE.test(value)) return LONE_SURROGATE_MESSAGE;
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  const host = url.hostname.replace(/\.$/, '');
  if (host.startsWith('[')) {
    const groups = ipv6Groups(host.slice(1, -1));
    const kind = groups ? ipv6Kind(groups) : 'an address that cannot be read';
    return kind ? `must point to a public host, not ${kind}` : null;
  }
  const v4 = ipv4(host);
  if (v4) {
    const kind = ipv4Kind(v4);
    return kind ? `must point to a public host, not ${kind}` : null;
  }
  if (LOCAL_SUFFIX.test(host)) return 'must point to a public host, not a local or reserved name';
  if (!host.includes('.')) return 'must point to a public host name (a name without a dot is local)';
  return null;
}

const sourceUrl = z
  .url({ protocol: /^https$/, message: 'must be an https:// URL' })
  .max(MAX_SOURCE_URL_LENGTH, `must be at most ${MAX_SOURCE_URL_LENGTH} characters`)
  .superRefine((value, ctx) => {
    const problem = sourceUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

/** `sources` lists are rendered with the URL as the key: the same page twice is a mistake anyway. */
const sourceList = (sources: z.ZodType<Source>) =>
  z
    .array(sources)
    .min(1, 'must list at least one source')
    .superRefine((list, ctx) => {
      const seen = new Map<string, number>();
      list.forEach((source, index) => {
        let key = source.url;
        try {
          key = new URL(source.url).href;
        } catch {
          // already reported by the url check
        }
        const first = seen.get(key);
        if (first === undefined) seen.set(key, index);
        else
          ctx.addIssue({
            code: 'custom',
            message: `the same source URL as sources[${first}]`,
            path: [index, 'url'],
            input: source.url,
          });
      });
    });

/** A list of sentences shown as a bulleted list, keyed by its text. */
const distinctTexts = z.array(text).superRefine((list, ctx) => {
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const first = seen.get(entry);
    if (first === undefined) seen.set(entry, index);
    else ctx.addIssue({ code: 'custom', message: `repeats entry [${first}]`, path: [index], input: entry });
  });
});

export const sourceSchema = z.strictObject({
  title: name
    .max(200, 'must be at most 200 characters (it is the text of a link)')
    .describe('What the page is, e.g. "TripleO docs: Distributed Compute Node"'),
  url: sourceUrl.describe('Public documentation that supports the entry (https, a public host, no credentials)'),
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
  sources: sourceList(sourceSchema),
});

/** A round-trip time over the WAN, as the data writes it: whole milliseconds, 1ms to 2000ms (e.g. 100ms). */
export const rttSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,3}ms$/, 'must be a round-trip time in milliseconds (e.g. 100ms)')
  .refine((v) => Number(v.slice(0, -2)) <= MAX_RTT_MS, { message: `must be at most ${MAX_RTT_MS}ms` });

/** Above a round-trip time, the component has this status and this is what changes. */
export const latencyThresholdSchema = z.strictObject({
  above: rttSchema.describe('The WAN round-trip time above which this applies (e.g. 100ms)'),
  status: statusSchema.describe('The status above this round-trip time, by the same rule as disconnected.status'),
  change: text.describe('What changes above this round-trip time, in one or two sentences'),
  sources: sourceList(sourceSchema),
});

export const latencySchema = z
  .strictObject({
    thresholds: z
      .array(latencyThresholdSchema)
      .min(1)
      .optional()
      .describe('Sourced round-trip times above which the status changes, in ascending order of `above`'),
    note: text
      .optional()
      .describe(
        'What upstream documents about latency that is not a threshold (a heartbeat, a time-out), or "not documented"; never changes the status',
      ),
    sources: sourceList(sourceSchema).optional().describe('Sources of the note'),
  })
  .refine((l) => l.thresholds !== undefined || l.note !== undefined, { message: 'must have thresholds or a note' })
  .refine((l) => (l.note === undefined) === (l.sources === undefined), {
    message: 'a note needs its own sources, and sources need a note',
  });

/** What a component does while its own site is upgraded by the architecture's documented procedure. */
export const componentUpgradeSchema = z.strictObject({
  status: statusSchema.describe(
    'The status while its site is upgraded in place, by the same rule as disconnected.status (a central component: what the edge sites get from it)',
  ),
  withSpare: statusSchema
    .optional()
    .describe('The status when the site has spare capacity (a surge node, a second box); without it, the same'),
  lasts: durationSchema.optional().describe('How long that state lasts, when upstream documents it'),
  change: text.describe('What happens to it during the upgrade'),
  sources: sourceList(sourceSchema),
});

/** How the architecture upgrades its sites, by its documented procedure. */
export const architectureUpgradeSchema = z.strictObject({
  central: text.describe('How the central site is upgraded and what the edge sites see meanwhile'),
  edge: text.describe('How an edge site is upgraded: order, what is drained or restarted'),
  spare: text.optional().describe('What spare capacity means here (a surge machine, a second box) and what it changes'),
  interrupted: text.describe('What the documentation says about a WAN cut during an upgrade, or "Not documented."'),
  sources: sourceList(sourceSchema),
});

/** Why a slow WAN does or does not matter to this architecture as a whole. */
export const architectureLatencySchema = z.strictObject({
  summary: text.describe(
    'What a slow but working WAN does to this architecture, or why nothing in it is latency-sensitive',
  ),
  sources: sourceList(sourceSchema),
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
  restartRisk: text
    .optional()
    .describe(
      'What it could not do if it restarted while cut off (an image it cannot pull, a token it cannot renew). A risk does not change the status: the status says what it does while it keeps running',
    ),
  acknowledged: text.optional().describe('Why a lint warning about this component is expected (shown in the panel)'),
});

export const siteSchema = z.strictObject({
  id: ownId,
  name: name.max(40, 'must be at most 40 characters (it titles the site box)'),
  kind: siteKindSchema,
  description: text.optional(),
});

export const componentSchema = z.strictObject({
  id: ownId,
  name: name.max(32, 'must be at most 32 characters (it is the node label; put detail in role)'),
  site: kebabId.describe('Id of the site the component runs on'),
  layer: layerSchema,
  role: text.describe('What the component does in this architecture'),
  optional: z.boolean().optional().describe('An optional part of the architecture'),
  requirements: z.array(kebabId).min(1, 'must list at least one requirement id'),
  disconnected: disconnectedSchema,
  latency: latencySchema
    .optional()
    .describe('What a slow but working WAN does to it; without it, no round-trip limit is documented'),
  upgrade: componentUpgradeSchema.optional().describe('What it does while its own site is upgraded'),
  sources: sourceList(sourceSchema),
});

export const linkSchema = z.strictObject({
  from: kebabId.describe('The dependent component (client)'),
  to: kebabId.describe('The component it depends on (server)'),
  over: linkOverSchema,
  label: name.max(40, 'must be at most 40 characters'),
});

export const tourStepSchema = z.strictObject({
  title: name.max(80, 'must be at most 80 characters (it titles a presentation step)'),
  text: text.max(1000, 'must be at most 1000 characters (it is the caption of a presentation step)'),
  focus: z.array(kebabId).min(1, 'must focus at least one component'),
  cut: cutSpecSchema.optional(),
  t: durationSchema.optional().describe('How long the cut has lasted at this step (needs a cut)'),
  rtt: rttSchema.optional().describe('The WAN round-trip time at this step'),
  upgrade: kebabId.optional().describe('The site being upgraded at this step'),
  spare: z.boolean().optional().describe('The upgraded site has spare capacity (needs upgrade)'),
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
    sources: sourceList(sourceSchema),
  })
  .refine((use) => (use.needs === undefined) !== (use.notProvided === undefined), {
    message: 'must have either needs or notProvided, not both',
  });

export const capabilitySchema = z.strictObject({
  id: kebabId,
  title: name.max(48, 'must be at most 48 characters (it labels a table row)'),
  question: text.describe('The question a user asks, e.g. "Can I start a new workload at the cut-off site?"'),
  description: text,
});

export const capabilitiesFileSchema = z.strictObject({
  capabilities: z.array(capabilitySchema).min(1, 'must list at least one capability'),
});

export const architectureSchema = z.strictObject({
  id: kebabId,
  name: name.max(60, 'must be at most 60 characters (it titles every page and export of the architecture)'),
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
  latency: architectureLatencySchema.optional(),
  upgrade: architectureUpgradeSchema.optional(),
  sources: sourceList(sourceSchema),
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
  title: name.max(80, 'must be at most 80 characters (it labels a row of the matrix)'),
  description: text,
  origin: text.optional(),
  sources: sourceList(sourceSchema),
});

export const requirementsFileSchema = z.strictObject({
  requirements: z.array(requirementSchema).min(1, 'must list at least one requirement'),
});

export const modelSchema = z.strictObject({
  id: kebabId,
  name,
  summary: text,
  variantOf: kebabId.optional(),
  edgeKeeps: distinctTexts.optional(),
  edgeLoses: distinctTexts.optional(),
  tradeoffs: distinctTexts.optional(),
  sources: sourceList(sourceSchema),
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
export type LatencyThreshold = z.infer<typeof latencyThresholdSchema>;
export type ComponentUpgrade = z.infer<typeof componentUpgradeSchema>;
export type CapabilityUse = z.infer<typeof capabilityUseSchema>;
export type Capability = z.infer<typeof capabilitySchema>;

export type FileKind = 'architecture' | 'requirements' | 'models' | 'capabilities';
export const schemaByKind = {
  architecture: architectureSchema,
  requirements: requirementsFileSchema,
  models: modelsFileSchema,
  capabilities: capabilitiesFileSchema,
} as const;
