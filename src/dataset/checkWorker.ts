/**
 * The check worker (check.worker.ts), started through the one Trusted Types policy allowed to name its
 * script, and one file checked and drawn in it from start to end.
 */
// oxlint-disable-next-line import/default -- Vite's ?worker&url import is the worker bundle's URL
import workerUrl from './check.worker?worker&url';
import type { CheckReply, CheckRequest } from './check.worker';
import { trustedScriptUrl, type TrustedTypesLike } from '../model/trustedScriptUrl';
import { LAYOUT_BUDGET_MS, tooLongToDraw } from './drawLimits';

export type { CheckReply, CheckRequest };
export { LAYOUT_BUDGET_MS, tooLongToDraw };

// Made once: a named policy can be created only once in a page.
let scriptUrl: string | null = null;
export function startCheckWorker(): Worker {
  scriptUrl ??= trustedScriptUrl(
    (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes,
    'editor-worker',
    workerUrl,
  );
  return new Worker(scriptUrl);
}

/** Checks and draws one file in a worker of its own, ended when it answers or runs past the budget. */
export function checkFile(fileName: string, text: string): Promise<CheckReply> {
  const worker = startCheckWorker();
  return new Promise<CheckReply>((resolve, reject) => {
    const budget = setTimeout(() => {
      worker.terminate();
      reject(new Error(tooLongToDraw()));
    }, LAYOUT_BUDGET_MS);
    worker.addEventListener('message', ({ data }: MessageEvent<CheckReply>) => {
      clearTimeout(budget);
      worker.terminate();
      resolve(data);
    });
    worker.addEventListener('error', (event) => {
      clearTimeout(budget);
      worker.terminate();
      reject(new Error(event.message || 'the checker could not start'));
    });
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage takes no origin
    worker.postMessage({ id: 1, fileName, text } satisfies CheckRequest);
  });
}
