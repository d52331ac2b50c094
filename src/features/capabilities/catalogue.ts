/**
 * The capability catalogue (architectures/capabilities.yaml) as the browser sees it.
 *
 * The build does not hand that file to the browser yet: src/build/plugin.ts ships the requirement
 * and model catalogues, and each architecture's `capabilities` list (ids, needs, notes), but not the
 * capabilities' titles and questions. Until it does, a capability reads as its id in words
 * ("start-workload" → "Start workload") in the order the architectures list them. When the build
 * ships the catalogue, `catalogueOf` below is the one place to switch to it (see the notes of
 * issue 15 for the three-line change in plugin.ts, virtual.d.ts and dataset/access.ts).
 */
import type { ArchitectureBundle } from '../../model/dataset';
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

export const catalogueOfBundles = (bundles: readonly ArchitectureBundle[]) =>
  catalogueOf(bundles.map((b) => b.architecture));
