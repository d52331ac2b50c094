/** Promises that React's use() reads at once when they have settled: modules and data loaded on demand. */

/**
 * Marks a promise with its outcome the way React's use() reads it, so a promise that has already
 * settled is read at once instead of suspending (and waiting out Suspense's reveal throttle).
 */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  const thenable = promise as Promise<T> & { status?: string; value?: T; reason?: unknown };
  thenable.status = 'pending';
  promise.then(
    (value) => Object.assign(thenable, { status: 'fulfilled', value }),
    (reason) => Object.assign(thenable, { status: 'rejected', reason }),
  );
  return promise;
}

/**
 * A module loaded on demand, once: call the result to start loading (a prefetch), or read it with
 * React's use() in a Suspense boundary; once loaded it is read at once, with no fallback shown.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= tracked(load()));
}
