/**
 * Two tiers of e2e tests. `npm test` runs the quick tier: every feature at least once, in a real
 * browser, in a few minutes. `npm run test:deep` runs what is tagged `@deep`: the sweeps (every
 * architecture, size and theme) and the corpora (hostile links, axe on every page, the largest fleets).
 * `.ci/run` runs both. playwright.config.ts picks the tier from TEST_TIER.
 */
import type { TestDetails } from '@playwright/test';

export const deep: TestDetails = { tag: '@deep' };

/** The details to pass to `test()`: the quick tier when `quick`, otherwise the deep one. */
export const tier = (quick: boolean): TestDetails => (quick ? {} : deep);

/**
 * A sweep over `items` (architectures, sizes, themes): the items `quick` names (or picks) are quick
 * tests, the others run in the deep tier. Each item comes with the details to pass to `test()`.
 */
export function sweep<T>(items: readonly T[], quick: readonly T[] | ((item: T) => boolean)): [T, TestDetails][] {
  const picks = typeof quick === 'function' ? quick : (item: T) => quick.includes(item);
  return items.map((item) => [item, tier(picks(item))]);
}
