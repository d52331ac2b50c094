/**
 * The capability catalogue (architectures/capabilities.yaml) as the browser sees it.
 *
 * The build ships it with the requirements (useCapabilities in dataset/access.ts); an architecture
 * may still name a capability the catalogue lacks (a data file checked on its own): it then reads as
 * its id in words ("start-workload" → "Start workload").
 */
import type { Architecture, Capability } from '../../model/schema';

/** What a row of a capability table shows; `question` and `description` come with the catalogue. */
export type CapabilityInfo = Pick<Capability, 'id' | 'title'> & Partial<Pick<Capability, 'question' | 'description'>>;

/** "start-workload" → "Start workload". */
export function titleFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Every capability any of the architectures describes, in the order they first appear.
 * @param catalogue the catalogue's entries, when the build ships them (their titles win)
 */
export function catalogueOf(
  architectures: readonly Pick<Architecture, 'capabilities'>[],
  catalogue: readonly Capability[] = [],
): CapabilityInfo[] {
  const known = new Map<string, CapabilityInfo>(catalogue.map((c) => [c.id, c]));
  const ids = catalogue.map((c) => c.id);
  for (const arch of architectures)
    for (const use of arch.capabilities ?? []) if (!ids.includes(use.capability)) ids.push(use.capability);
  return ids.map((id) => known.get(id) ?? { id, title: titleFromId(id) });
}
