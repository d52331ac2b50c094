/** The editor's bounds, in a module of their own so that tests can read them without the worker. */

/**
 * How long a check and layout may take before it is stopped. The largest shipped file takes some 5 s in
 * a fresh worker on a 2-core laptop (most of it ELK starting); a file past the validator's per-site
 * bounds never reaches the layout.
 */
export const LAYOUT_BUDGET_MS = 20_000;

/** The largest file the editor opens (the validator's limit for a file). */
export const MAX_BYTES = 2 * 1024 * 1024;
