/** The check worker's bounds, in a module of their own so that tests can read them without the worker. */

/**
 * How long a check and layout may take before it is stopped. The largest shipped file takes some 5 s in
 * a fresh worker on a 2-core laptop (most of it ELK starting); a file past the validator's per-site
 * bounds never reaches the layout.
 */
export const LAYOUT_BUDGET_MS = 20_000;

export const tooLongToDraw = () =>
  `Drawing this file took longer than ${LAYOUT_BUDGET_MS / 1000} s and was stopped: it has too many components or links in one site to lay out here.`;
