/** Test helpers: the shipped data, validated and laid out exactly as the build does it. */
import { buildCatalogue, validateDirectory } from '../src/build/catalogue';
import type { ArchitectureBundle } from '../src/model/dataset';

let shipped: Promise<Map<string, ArchitectureBundle>> | null = null;
export function shippedBundles(): Promise<Map<string, ArchitectureBundle>> {
  shipped ??= validateDirectory('architectures').then(buildCatalogue).then((c) => c.bundles);
  return shipped;
}
