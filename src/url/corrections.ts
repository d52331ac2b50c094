/**
 * What a link asked for, checked against the data it points into. Returns the corrections to apply
 * and the notices that explain them; never throws, whatever the link held.
 */
import type { Architecture } from '../model/schema';
import type { Choices } from './codec';
import { quote } from './codec';

export interface Correction {
  patch: Partial<Choices>;
  notices: string[];
}

export function correctForArchitecture(arch: Pick<Architecture, 'name' | 'sites' | 'components' | 'tour'>, choices: Choices): Correction {
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
      const list = unknown.slice(0, 3).map(quote).join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '');
      notices.push(`${unknown.length === 1 ? 'Site' : 'Sites'} ${list} ${unknown.length === 1 ? 'is' : 'are'} not part of ${arch.name}; left connected.`);
    }
    if (central.length > 0) notices.push(`${quote(central[0]!)} is the central site: use "Fail central site" to take it down. Its links were left connected.`);
    if (kept.length !== cut.sites.length) patch.cut = kept.length > 0 ? { kind: 'sites', sites: kept } : { kind: 'none' };
  }
  return { patch, notices };
}

export function correctStep(arch: Pick<Architecture, 'name' | 'tour'>, step: number | null): Correction {
  const steps = arch.tour?.length ?? 0;
  if (step === null || steps === 0 || step <= steps) return { patch: {}, notices: [] };
  return {
    patch: { step: steps },
    notices: [`Step ${step} does not exist: the ${arch.name} tour has ${steps} steps. Showing step ${steps}.`],
  };
}
