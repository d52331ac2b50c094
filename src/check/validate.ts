/**
 * Schema + cross-reference validation of the architecture files. Pure: takes file contents, returns
 * every problem of every file (never the first only) and the parts that are valid.
 */
import type { z } from 'zod';
import { loadYaml, type LoadedFile, type PathSegment } from './load.ts';
import { formatPath, quote, shortChain, type Problem, type Severity } from './problems.ts';
import {
  schemaByKind,
  type Architecture,
  type Capability,
  type FileKind,
  type Model,
  type Requirement,
} from '../model/schema.ts';
import { lintArchitecture } from './lint.ts';
import { fleetSiteId, layoutBoundProblems } from '../model/vocabulary.ts';
import { YOURS } from '../model/dataset.ts';

/** A file's content, or why it could not be read (not a regular file, too large...: see catalogue.ts). */
export type InputFile = { file: string; content: string | Uint8Array } | { file: string; unreadable: string };

export interface Catalogue {
  architectures: Architecture[];
  requirements: Requirement[];
  models: Model[];
  capabilities: Capability[];
}

export interface ValidationResult {
  problems: Problem[];
  catalogue: Catalogue;
}

export function kindOf(file: string): FileKind {
  const base = file.split(/[\\/]/).pop() ?? file;
  if (/^requirements\.ya?ml$/.test(base)) return 'requirements';
  if (/^models\.ya?ml$/.test(base)) return 'models';
  if (/^capabilities\.ya?ml$/.test(base)) return 'capabilities';
  return 'architecture';
}

const baseName = (file: string) => (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');

export interface ValidateOptions {
  /** Whole-catalogue checks (every requirement served somewhere): only when the inputs are the whole data. */
  catalogueChecks?: boolean;
}

export function validateFiles(
  inputs: readonly InputFile[],
  { catalogueChecks = false }: ValidateOptions = {},
): ValidationResult {
  const problems: Problem[] = [];
  const catalogue: Catalogue = { architectures: [], requirements: [], models: [], capabilities: [] };
  const loadedArchitectures: { loaded: LoadedFile; data: Architecture }[] = [];
  const requirementFiles: { loaded: LoadedFile; data: Requirement[] }[] = [];
  const modelFiles: { loaded: LoadedFile; data: Model[] }[] = [];
  const capabilityFiles: { loaded: LoadedFile; data: Capability[] }[] = [];

  /** Files with a problem found while reading: validated all the same, but never part of the catalogue. */
  const unreadable = new Set<LoadedFile>();
  for (const input of inputs) {
    try {
      if ('unreadable' in input) {
        problems.push(fileProblem(input.file, input.unreadable));
        continue;
      }
      const loaded = loadYaml(input.file, input.content);
      if (Array.isArray(loaded)) {
        problems.push(...loaded.map((f) => ({ ...f, path: '(file)', severity: 'error' as const })));
        continue;
      }
      problems.push(...loaded.readProblems.map((f) => ({ ...f, path: '(file)', severity: 'error' as const })));
      if (loaded.readProblems.length > 0) unreadable.add(loaded);
      const kind = kindOf(input.file);
      const parsed = schemaByKind[kind].safeParse(loaded.data, { reportInput: true });
      if (!parsed.success) {
        problems.push(...parsed.error.issues.flatMap((issue) => fromZodIssue(loaded, issue)));
        continue;
      }
      if (kind === 'architecture') loadedArchitectures.push({ loaded, data: parsed.data as Architecture });
      else if (kind === 'requirements')
        requirementFiles.push({ loaded, data: (parsed.data as { requirements: Requirement[] }).requirements });
      else if (kind === 'models') modelFiles.push({ loaded, data: (parsed.data as { models: Model[] }).models });
      else capabilityFiles.push({ loaded, data: (parsed.data as { capabilities: Capability[] }).capabilities });
    } catch (error) {
      // A validator bug must still end in a reported problem, never in a crash of `npm run validate`.
      problems.push(fileProblem(input.file, `validator failed on this file: ${describeError(error)}`));
    }
  }

  const requirementIds = collectIds(requirementFiles, 'requirements', 'requirement', problems);
  const modelIds = collectIds(modelFiles, 'models', 'model', problems);
  const capabilityIds = collectIds(capabilityFiles, 'capabilities', 'capability', problems);
  checkVariants(modelFiles, modelIds, problems);
  const readable = <T>(files: { loaded: LoadedFile; data: T[] }[]) =>
    files.filter((f) => !unreadable.has(f.loaded)).flatMap((f) => f.data);
  catalogue.requirements = readable(requirementFiles);
  catalogue.models = readable(modelFiles);
  catalogue.capabilities = readable(capabilityFiles);

  const architectureIds = new Map<string, string>();
  for (const { loaded, data } of loadedArchitectures) {
    const before = problems.length;
    try {
      const seenAt = architectureIds.get(data.id);
      if (seenAt !== undefined)
        problems.push(at(loaded, ['id'], `duplicate architecture id ${quote(data.id)} (also in ${seenAt})`));
      architectureIds.set(data.id, loaded.file);
      checkArchitecture(
        loaded,
        data,
        {
          requirementIds: requirementFiles.length > 0 ? new Set(requirementIds.keys()) : undefined,
          modelIds: modelFiles.length > 0 ? new Set(modelIds.keys()) : undefined,
          capabilityIds: capabilityFiles.length > 0 ? new Set(capabilityIds.keys()) : undefined,
        },
        problems,
      );
      // Warnings (a capability left undescribed) still draw; errors keep the file out.
      if (!problems.slice(before).some((p) => p.severity === 'error') && !unreadable.has(loaded)) {
        catalogue.architectures.push(data);
        problems.push(...lintArchitecture(data).map((w) => at(loaded, w.path, w.message, 'warning')));
      }
    } catch (error) {
      problems.push(fileProblem(loaded.file, `validator failed on this file: ${describeError(error)}`));
      catalogue.architectures = catalogue.architectures.filter((a) => a !== data);
    }
  }
  if (catalogueChecks && catalogue.architectures.length > 0) {
    const served = new Set(catalogue.architectures.flatMap((a) => a.components.flatMap((c) => c.requirements)));
    for (const { loaded, data } of requirementFiles) {
      data.forEach((requirement, index) => {
        if (!served.has(requirement.id))
          problems.push(
            at(
              loaded,
              ['requirements', index, 'id'],
              `requirement ${quote(requirement.id)} is served by no component of any architecture`,
              'warning',
            ),
          );
      });
    }
  }
  return { problems, catalogue };
}

function at(
  loaded: LoadedFile,
  path: readonly PathSegment[],
  message: string,
  severity: Severity = 'error',
  where: 'value' | 'key' = 'value',
): Problem {
  const { line, column } = loaded.positionOf(path, where);
  return { file: loaded.file, line, column, path: formatPath(path), message, severity };
}

function fileProblem(file: string, message: string): Problem {
  return { file, line: 1, column: 1, path: '(file)', severity: 'error', message };
}

function describeError(error: unknown): string {
  if (error instanceof RangeError) return 'the data is nested or chained too deeply';
  return error instanceof Error ? error.message : String(error);
}

/**
 * `variantOf` must name another model that is not itself a variant: a model that is a variant of
 * itself, or of its own variant, would be listed under no model at all (the home page shows variants
 * under the model they vary). Each model is walked once.
 */
function checkVariants(
  files: { loaded: LoadedFile; data: Model[] }[],
  modelIds: Map<string, string>,
  problems: Problem[],
): void {
  const variantOf = new Map<string, string>();
  for (const { data } of files)
    for (const model of data) if (model.variantOf !== undefined) variantOf.set(model.id, model.variantOf);
  for (const { loaded, data } of files) {
    data.forEach((model, index) => {
      const target = model.variantOf;
      if (target === undefined) return;
      const path = ['models', index, 'variantOf'];
      if (!modelIds.has(target))
        problems.push(at(loaded, path, `unknown model ${quote(target)} (known: ${listOf(modelIds.keys())})`));
      else if (target === model.id)
        problems.push(at(loaded, path, 'a model cannot be a variant of itself (name the model it varies)'));
      else if (variantOf.has(target)) {
        // Follow the variants from this model: back to it is a cycle, anywhere else a variant of a variant.
        const chain = [model.id];
        let next: string | undefined = target;
        while (next !== undefined && !chain.includes(next)) {
          chain.push(next);
          next = variantOf.get(next);
        }
        problems.push(
          at(
            loaded,
            path,
            next === model.id
              ? `variants form a cycle: ${shortChain([...chain, next])} (a variant must name a model that is not a variant)`
              : `${quote(target)} is itself a variant of ${quote(variantOf.get(target)!)}: a variant must name a model that is not a variant`,
          ),
        );
      }
    });
  }
}

function collectIds(
  files: { loaded: LoadedFile; data: { id: string }[] }[],
  key: string,
  noun: string,
  problems: Problem[],
): Map<string, string> {
  const ids = new Map<string, string>();
  for (const { loaded, data } of files) {
    data.forEach((entry, index) => {
      const first = ids.get(entry.id);
      if (first !== undefined)
        problems.push(at(loaded, [key, index, 'id'], `duplicate ${noun} id ${quote(entry.id)} (first at ${first})`));
      else ids.set(entry.id, `${loaded.file}:${loaded.positionOf([key, index, 'id']).line}`);
    });
  }
  return ids;
}

interface Known {
  requirementIds: Set<string> | undefined;
  modelIds: Set<string> | undefined;
  capabilityIds: Set<string> | undefined;
}

const unitSeconds = { s: 1, m: 60, h: 3600, d: 86400 } as const;
/** Seconds in a duration the schema has already accepted (e.g. "5m" → 300). */
export const durationSeconds = (duration: string) =>
  Number(duration.slice(0, -1)) * unitSeconds[duration.slice(-1) as keyof typeof unitSeconds];

/** Milliseconds in a round-trip time the schema has already accepted (e.g. "150ms" → 150). */
const rttMs = (rtt: string) => Number(rtt.slice(0, -2));

function listOf(ids: Iterable<string>): string {
  const all = [...ids].map((id) => quote(id).slice(1, -1));
  return all.length <= 12 ? all.join(', ') : `${all.slice(0, 12).join(', ')}, … ${all.length - 12} more`;
}

function checkArchitecture(loaded: LoadedFile, arch: Architecture, known: Known, problems: Problem[]): void {
  const push = (path: PathSegment[], message: string) => problems.push(at(loaded, path, message));
  const expectedId = baseName(loaded.file);
  if (arch.id !== expectedId)
    push(['id'], `id ${quote(arch.id)} must match the file name ${quote(`${expectedId}.yaml`)}`);
  if (arch.id === YOURS)
    push(['id'], `id ${quote(YOURS)} is reserved: the explorer's links name the reader's own architecture with it`);
  if (known.modelIds && !known.modelIds.has(arch.model))
    push(['model'], `unknown model ${quote(arch.model)} (known: ${listOf(known.modelIds)})`);

  const siteOf = new Map<string, (typeof arch.sites)[number]>();
  arch.sites.forEach((site, i) => {
    if (siteOf.has(site.id)) push(['sites', i, 'id'], `duplicate site id ${quote(site.id)}`);
    else siteOf.set(site.id, site);
  });
  const central = arch.sites.filter((s) => s.kind === 'central');
  if (central.length !== 1) push(['sites'], `must have exactly one site of kind "central" (found ${central.length})`);
  if (!arch.sites.some((s) => s.kind === 'edge')) push(['sites'], 'must have at least one site of kind "edge"');

  const componentSite = new Map<string, string>();
  arch.components.forEach((component, i) => {
    if (componentSite.has(component.id)) push(['components', i, 'id'], `duplicate component id ${quote(component.id)}`);
    else componentSite.set(component.id, component.site);
    if (!siteOf.has(component.site))
      push(['components', i, 'site'], `unknown site ${quote(component.site)} (known: ${listOf(siteOf.keys())})`);
    const seen = new Set<string>();
    component.requirements.forEach((req, j) => {
      if (seen.has(req)) push(['components', i, 'requirements', j], `requirement ${quote(req)} is listed twice`);
      seen.add(req);
      if (known.requirementIds && !known.requirementIds.has(req))
        push(['components', i, 'requirements', j], `unknown requirement ${quote(req)} (see requirements.yaml)`);
    });
  });

  checkFleetIds(arch, push);
  for (const problem of layoutBoundProblems(arch)) push(problem.path, problem.message);

  const occupied = new Set(arch.components.map((c) => c.site));
  arch.sites.forEach((site, i) => {
    if (!occupied.has(site.id)) push(['sites', i, 'id'], `site ${quote(site.id)} has no components`);
  });

  const linkKeys = new Set<string>();
  arch.links.forEach((link, i) => {
    const fromSite = componentSite.get(link.from);
    const toSite = componentSite.get(link.to);
    if (fromSite === undefined) push(['links', i, 'from'], `unknown component ${quote(link.from)}`);
    if (toSite === undefined) push(['links', i, 'to'], `unknown component ${quote(link.to)}`);
    if (link.from === link.to) push(['links', i], `link from ${quote(link.from)} to itself`);
    const key = `${link.from}→${link.to}`;
    if (linkKeys.has(key)) push(['links', i], `duplicate link from ${quote(link.from)} to ${quote(link.to)}`);
    linkKeys.add(key);
    if (fromSite === undefined || toSite === undefined) return;
    if (link.over === 'wan' && fromSite === toSite)
      push(['links', i, 'over'], `a wan link must join two different sites (both ends are on ${quote(fromSite)})`);
    if (link.over === 'local' && fromSite !== toSite)
      push(
        ['links', i, 'over'],
        `a local link must stay inside one site (${quote(link.from)} is on ${quote(fromSite)}, ${quote(link.to)} on ${quote(toSite)})`,
      );
  });

  arch.components.forEach((component, i) => {
    let previous: { after: string; seconds: number } | null = null;
    component.disconnected.timeline?.forEach((moment, j) => {
      const seconds = durationSeconds(moment.after);
      if (previous && seconds <= previous.seconds) {
        push(
          ['components', i, 'disconnected', 'timeline', j, 'after'],
          `${quote(moment.after)} must come after the moment before it (${quote(previous.after)}): list moments in ascending order`,
        );
      }
      previous = { after: moment.after, seconds };
    });
    let below: string | null = null;
    component.latency?.thresholds?.forEach((threshold, j) => {
      if (below !== null && rttMs(threshold.above) <= rttMs(below)) {
        push(
          ['components', i, 'latency', 'thresholds', j, 'above'],
          `${quote(threshold.above)} must be above the threshold before it (${quote(below)}): list thresholds in ascending order of above`,
        );
      }
      below = threshold.above;
    });
  });

  const seenCapabilities = new Set<string>();
  arch.capabilities?.forEach((use, i) => {
    if (seenCapabilities.has(use.capability))
      push(['capabilities', i, 'capability'], `capability ${quote(use.capability)} is described twice`);
    seenCapabilities.add(use.capability);
    if (known.capabilityIds && !known.capabilityIds.has(use.capability)) {
      push(
        ['capabilities', i, 'capability'],
        `unknown capability ${quote(use.capability)} (known: ${listOf(known.capabilityIds)})`,
      );
    }
    use.needs?.forEach((need, j) => {
      const ids = typeof need === 'string' ? [need] : need;
      ids.forEach((id, k) => {
        if (!componentSite.has(id))
          push(
            ['capabilities', i, 'needs', j, ...(typeof need === 'string' ? [] : [k])],
            `unknown component ${quote(id)}`,
          );
      });
    });
  });

  if (arch.capabilities && known.capabilityIds) {
    const missing = [...known.capabilityIds].filter((id) => !seenCapabilities.has(id));
    if (missing.length > 0) {
      problems.push(
        at(
          loaded,
          ['capabilities'],
          `does not describe ${missing.length === 1 ? 'capability' : 'capabilities'} ${missing.map((id) => quote(id)).join(', ')} (add needs, or notProvided with the reason)`,
          'warning',
        ),
      );
    }
  }

  arch.tour?.forEach((step, i) => {
    if (step.t !== undefined && step.cut === undefined)
      push(['tour', i, 't'], 'a time needs a cut: add cut to this step or remove t');
    if (step.upgrade !== undefined && !siteOf.has(step.upgrade))
      push(['tour', i, 'upgrade'], `unknown site ${quote(step.upgrade)} (known: ${listOf(siteOf.keys())})`);
    if (step.spare !== undefined && step.upgrade === undefined)
      push(['tour', i, 'spare'], 'spare capacity belongs to an upgrade: add upgrade to this step or remove spare');
    step.focus.forEach((id, j) => {
      if (!componentSite.has(id)) push(['tour', i, 'focus', j], `unknown component ${quote(id)}`);
    });
    if (Array.isArray(step.cut)) {
      step.cut.forEach((id, j) => {
        const site = siteOf.get(id);
        if (!site) push(['tour', i, 'cut', j], `unknown site ${quote(id)} (known: ${listOf(siteOf.keys())})`);
        else if (site.kind !== 'edge')
          push(['tour', i, 'cut', j], `${quote(id)} is the central site: write cut: central to fail it`);
      });
    }
  });
}

/**
 * The id a generated fleet (`?sites=`) gives the copies of a component of the template site, less the
 * `fleet-<n>-` prefix: the id without the template's own `<site>-` prefix. The same rule as `localName`
 * in src/simulation/fleet.ts (which this folder may not import); fleet.test.ts in src/build checks
 * the two agree.
 */
export const fleetLocalName = (componentId: string, templateId: string) =>
  componentId.startsWith(`${templateId}-`) ? componentId.slice(templateId.length + 1) : componentId;

/**
 * A fleet copies the first edge site (`templateSite` in src/simulation/fleet.ts) and names each copy's
 * components by `fleetLocalName`: two components that lose the prefix to the same rest would be one
 * component in every copy, with the facts of one shown under the name of the other.
 */
function checkFleetIds(arch: Architecture, push: (path: PathSegment[], message: string) => void): void {
  const template = arch.sites.find((s) => s.kind === 'edge');
  if (!template) return;
  const byLocalName = new Map<string, string>();
  arch.components.forEach((component, i) => {
    if (component.site !== template.id) return;
    const local = fleetLocalName(component.id, template.id);
    const first = byLocalName.get(local);
    if (first === undefined) byLocalName.set(local, component.id);
    else if (first !== component.id)
      push(
        ['components', i, 'id'],
        `${quote(component.id)} and ${quote(first)} would both be ${quote(`${fleetSiteId(1)}-${local}`)} in a generated fleet (?sites= copies the first edge site, ${quote(template.id)}, and drops the ${quote(`${template.id}-`)} that starts its component ids): rename one`,
      );
  });
}

// ——— zod issues in plain words ———

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quote(value, 40)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

const expectedWords: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
};

type ZodIssue = z.core.$ZodIssue;

function fromZodIssue(loaded: LoadedFile, issue: ZodIssue): Problem[] {
  const path = issue.path as PathSegment[];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedWords[issue.expected] ?? issue.expected;
      if (input === undefined) {
        const field = path[path.length - 1];
        return [at(loaded, path, `missing required field "${String(field)}" (${expected})`)];
      }
      return [at(loaded, path, `expected ${expected}, got ${describeValue(input)}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => at(loaded, [...path, key], `unknown field ${quote(key)}`, 'error', 'key'));
    case 'invalid_value':
      return [at(loaded, path, `must be one of: ${issue.values.map(String).join(', ')} (got ${describeValue(input)})`)];
    case 'invalid_union':
      if (path[path.length - 1] === 'cut')
        return [at(loaded, path, 'must be "all", "central" or a list of edge site ids')];
      return [at(loaded, path, `has an invalid value (${describeValue(input)})`)];
    case 'invalid_format': {
      const got = typeof input === 'string' ? ` (got ${quote(input)})` : '';
      return [at(loaded, path, `${issue.message}${got}`)];
    }
    case 'too_small':
    case 'too_big':
      return [at(loaded, path, issue.message)];
    case 'custom': {
      const got = typeof input === 'string' ? ` (got ${quote(input)})` : '';
      return [at(loaded, path, `${issue.message}${got}`)];
    }
    default:
      return [at(loaded, path, issue.message)];
  }
}
