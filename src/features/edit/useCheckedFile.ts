/**
 * A file checked and drawn as it is typed, in the editor's worker. The last file that drew stays on
 * screen while a later one has errors (marked stale), and a check that runs past LAYOUT_BUDGET_MS is
 * stopped: its worker is ended and a fresh one takes the next text.
 */
import { useEffect, useRef, useState } from 'react';
import type { Problem } from '../../check/problems';
import type { ArchitectureBundle } from '../../model/dataset';
import {
  LAYOUT_BUDGET_MS,
  startCheckWorker,
  tooLongToDraw,
  type CheckReply,
  type CheckRequest,
} from '../../dataset/checkWorker';

/** Typing pauses this long before the text is checked. */
const SETTLE_MS = 250;

export interface Checked {
  /** The latest text's problems (errors and warnings). */
  problems: Problem[];
  /** The last file that drew; null until one has. */
  bundle: ArchitectureBundle | null;
  /** The diagram shown is of an earlier text: the latest has errors, or could not be drawn. */
  stale: boolean;
  checking: boolean;
  /** Why the latest valid text was not drawn (a layout stopped or failed). */
  failure: string | null;
}

export function useCheckedFile(text: string, fileName: string): Checked {
  // What was found, and for which text: a text still being checked is the one typed since.
  const [checked, setChecked] = useState<Omit<Checked, 'checking'> & { text: string | null }>({
    problems: [],
    bundle: null,
    stale: false,
    failure: null,
    text: null,
  });
  const worker = useRef<Worker | null>(null);
  const sent = useRef(0);
  const busy = useRef(false);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    let budget: ReturnType<typeof setTimeout> | undefined;
    let listening: { worker: Worker; listener: (event: MessageEvent<CheckReply>) => void } | null = null;
    const settle = setTimeout(() => {
      const id = ++sent.current;
      // A worker still busy with an older text is given up: the latest text never waits behind it.
      if (busy.current) {
        worker.current?.terminate();
        worker.current = null;
      }
      const current = (worker.current ??= startCheckWorker());
      busy.current = true;
      const listener = ({ data }: MessageEvent<CheckReply>) => {
        if (data.id !== sent.current) return;
        busy.current = false;
        clearTimeout(budget);
        setChecked((c) => ({
          problems: data.problems,
          bundle: data.bundle ?? c.bundle,
          stale: data.bundle === null,
          failure: data.failure,
          text,
        }));
      };
      current.addEventListener('message', listener);
      listening = { worker: current, listener };
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage takes no origin
      current.postMessage({ id, fileName, text } satisfies CheckRequest);
      budget = setTimeout(() => {
        current.terminate();
        worker.current = null;
        busy.current = false;
        setChecked((c) => ({
          ...c,
          stale: true,
          text,
          failure: tooLongToDraw(),
        }));
      }, LAYOUT_BUDGET_MS);
    }, SETTLE_MS);
    return () => {
      clearTimeout(settle);
      clearTimeout(budget);
      listening?.worker.removeEventListener('message', listening.listener);
    };
  }, [text, fileName]);

  const { text: done, ...found } = checked;
  return { ...found, checking: done !== text };
}
