/** The editor's bounds, in a module of their own so that tests can read them without the worker. */

export { LAYOUT_BUDGET_MS } from '../../dataset/drawLimits';

/** The largest file the editor opens (the validator's limit for a file). */
export const MAX_BYTES = 2 * 1024 * 1024;
