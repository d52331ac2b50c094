/**
 * What a link asked for, checked against the data it points into: the corrections to apply and the
 * notices that explain them. The binding applies them once, replacing the history entry. Never
 * throws, whatever the link held.
 */
import type { ArchitectureBundle, GraphArchitecture, GraphBundle } from '../model/dataset';
import type { Architecture } from '../model/schema';
import { boundsOf, type ArchitectureLayout } from '../model/geometry';
import { stepConditions } from '../simulation/cut';
import { quote, type Choices, type Parsed, type Viewport } from './codec';

export interface Correction {
  patch: Partial<Choices>;
  notices: string[];
}

const none = (): Correction => ({ patch: {}, notices: [] });
const merge = (a: Correction, b: Correction): Correction => ({
  patch: { ...a.patch, ...b.patch },
  notices: [...a.notices, ...b.notices],
});

/** An unknown component is deselected; unknown sites and the central site are left connected. */
export function correctForArchitecture(
  arch: Pick<GraphArchitecture, 'name' | 'sites' | 'components'>,
  choices: Choices,
): Correction {
  const patch: Partial<Choices> = {};
  const notices: string[] = [];
  if (choices.node !== null && !arch.components.some((c) => c.id === choices.node)) {
    patch.node = null;
    notices.push(`Component ${quote(choices.node)} is not part of ${arch.name}; nothing is selected.`);
  }
  const cut = choices.cut;
  if (cut.kind === 'sites') {
    const kind = new Map(arch.sites.map((s) => [s.id, s.kind]));
    const unknown = cut.sites.filter((id) => !kind.has(id));
    const central = cut.sites.filter((id) => kind.get(id) === 'central');
    const kept = cut.sites.filter((id) => kind.get(id) === 'edge');
    if (unknown.length > 0) {
      const list =
        unknown.slice(0, 3).map(quote).join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '');
      notices.push(
        `${unknown.length === 1 ? 'Site' : 'Sites'} ${list} ${unknown.length === 1 ? 'is' : 'are'} not part of ${arch.name}; left connected.`,
      );
    }
    if (central.length > 0)
      notices.push(
        `${quote(central[0]!)} is the central site: use "✕ Fail central" to take it down. Its links were left connected.`,
      );
    if (kept.length !== cut.sites.length)
      patch.cut = kept.length > 0 ? { kind: 'sites', sites: kept } : { kind: 'none' };
  }
  const back = choices.back;
  if (back !== null && !back.central) {
    const edge = new Set(arch.sites.filter((s) => s.kind === 'edge').map((s) => s.id));
    const unknown = back.sites.filter((id) => !edge.has(id));
    if (unknown.length > 0) {
      const kept = back.sites.filter((id) => edge.has(id));
      patch.back = kept.length > 0 ? { sites: kept, central: false } : null;
      notices.push(
        `${quote(unknown[0]!)}${unknown.length > 1 ? ` and ${unknown.length - 1} more` : ''} ${unknown.length === 1 ? 'is not an edge site' : 'are not edge sites'} of ${arch.name}: no reconnect story is told for ${unknown.length === 1 ? 'it' : 'them'}.`,
      );
    }
  }
  const upgrade = choices.upgrade;
  if (upgrade !== null && upgrade !== 'central' && upgrade !== 'edge' && !arch.sites.some((s) => s.id === upgrade)) {
    patch.upgrade = null;
    patch.spare = false;
    notices.push(`Site ${quote(upgrade)} is not part of ${arch.name}; nothing is being upgraded.`);
  }
  return { patch, notices };
}

/**
 * A view whose centre lies far outside the diagram (more than half the diagram's size beyond its
 * edge) shows an empty canvas: it is dropped and the diagram fitted. A `screen` view is read as a
 * 1280×720 canvas would show it.
 */
export function correctView(layout: Pick<ArchitectureLayout, 'sites'>, view: Viewport | null): Correction {
  const sites = Object.values(layout.sites);
  if (!view || sites.length === 0) return none();
  const { x: left, y: top, width, height } = boundsOf(sites);
  const [cx, cy] =
    view.kind === 'diagram' ? [view.cx, view.cy] : [(640 - view.x) / view.zoom, (360 - view.y) / view.zoom];
  const near = cx >= left - width / 2 && cx <= left + width * 1.5 && cy >= top - height / 2 && cy <= top + height * 1.5;
  return near
    ? none()
    : {
        patch: { view: null },
        notices: [
          'The view in the link is outside the diagram, where there is nothing to show; the diagram is fitted to the window.',
        ],
      };
}

/**
 * A presentation link: a step past the end is clamped, and a link that does not spell out its cut
 * (or time) opens the step as the tour wrote it.
 */
export function correctStep(
  arch: Pick<Architecture, 'name' | 'tour'>,
  choices: Choices,
  given: readonly string[],
): Correction {
  const steps = arch.tour?.length ?? 0;
  const result = none();
  let step = choices.step ?? 1;
  if (steps > 0 && step > steps) {
    result.patch.step = steps;
    result.notices.push(
      `Step ${step} does not exist: the ${arch.name} tour has ${steps} steps. Showing step ${steps}.`,
    );
    step = steps;
  }
  const written = arch.tour?.[step - 1];
  if (!written) return result;
  // What the link leaves out, the step supplies: its cut (and time), round trip and upgrade.
  const conditions = stepConditions(written);
  const cut = given.includes('cut') ? choices.cut : conditions.cut;
  if (!given.includes('cut')) result.patch.cut = conditions.cut;
  if (!given.includes('t')) result.patch.t = given.includes('cut') ? choices.t : conditions.t;
  else if (cut.kind === 'none') {
    result.patch.t = null;
    result.notices.push(`The link has a time "t" but step ${step} cuts nothing; it was ignored.`);
  }
  if (!given.includes('rtt')) result.patch.rtt = conditions.rtt;
  if (!given.includes('upgrade')) {
    result.patch.upgrade = conditions.upgrade;
    if (!given.includes('spare')) result.patch.spare = conditions.spare;
  }
  return result;
}

/** Compare applies one cut to both sides: every edge site or the central site. */
export function correctCompare(choices: Choices, known: ReadonlySet<string>): Correction {
  const result = none();
  for (const side of ['left', 'right'] as const) {
    const id = choices[side];
    if (id !== null && !known.has(id)) {
      result.patch[side] = null;
      result.notices.push(`There is no architecture ${quote(id)} to compare; the default was used.`);
    }
  }
  if (choices.upgrade !== null && choices.upgrade !== 'central' && choices.upgrade !== 'edge') {
    result.patch.upgrade = 'edge';
    result.notices.push(
      'Compare upgrades the same site on both sides: the central site, or the first edge site. Showing the first edge site upgraded.',
    );
  }
  if (choices.cut.kind === 'sites' || choices.cut.kind === 'random') {
    result.patch.cut = { kind: 'all' };
    result.notices.push(
      'Compare applies the same cut to both sides: every edge site, or the central site. Showing every edge site cut off.',
    );
  }
  return result;
}

/**
 * The board of every architecture shows a cut unless the link says otherwise (every edge site cut off:
 * the state a talk about the edge is about), and upgrades a site every architecture has.
 */
export function correctBoard(choices: Choices, given: readonly string[]): Correction {
  const result = none();
  if (!given.includes('cut')) result.patch.cut = { kind: 'all' };
  if (choices.upgrade !== null && choices.upgrade !== 'central' && choices.upgrade !== 'edge') {
    result.patch.upgrade = 'edge';
    result.notices.push(
      'The board upgrades the same site in every architecture: the central site, or the first edge site. Showing the first edge site upgraded.',
    );
  }
  return result;
}

/** An architecture's graph (all a diagram link names) and its full data (a tour's steps). */
export interface Loaders {
  graph: (id: string) => Promise<GraphBundle>;
  full: (id: string) => Promise<ArchitectureBundle>;
}

/**
 * Everything the data says about a link. A loader that fails means the id is not one (the page then
 * says "not found" itself).
 */
export async function correctLink(
  { choices, given }: Pick<Parsed, 'choices' | 'given'>,
  known: ReadonlySet<string>,
  load: Loaders,
): Promise<Correction> {
  const { route } = choices;
  if (route.page === 'compare') return correctCompare(choices, known);
  if (route.page === 'board') return correctBoard(choices, given);
  if ((route.page !== 'arch' && route.page !== 'present') || !known.has(route.id)) return none();
  if (route.page === 'arch') {
    const bundle = await load.graph(route.id).catch(() => null);
    if (!bundle) return none();
    // A fleet's sites and components are generated: check the link against the fleet it shows.
    const shown =
      choices.sites !== null ? (await import('../simulation/fleet')).expandFleet(bundle, choices.sites) : bundle;
    return merge(correctForArchitecture(shown.architecture, choices), correctView(shown.layout, choices.view));
  }
  const bundle = await load.full(route.id).catch(() => null);
  if (!bundle) return none();
  const step = correctStep(bundle.architecture, choices, given);
  return merge(
    merge(step, correctForArchitecture(bundle.architecture, { ...choices, ...step.patch })),
    correctView(bundle.layout, choices.view),
  );
}
