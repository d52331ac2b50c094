/**
 * Runs an export item and keeps what the status line shows: its progress while it runs, then its
 * result (a success for 6 s, a failure for 15 s, long enough to read).
 */
import { useEffect, useState } from 'react';
import type { ExportItem, Progress } from './exportItems';

export function useExportRun(onClose: (focusButton: boolean) => void, onBusy: (busy: boolean) => void) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => setResult(null), result.ok ? 6000 : 15000);
    return () => clearTimeout(timer);
  }, [result]);

  const run = async (item: Extract<ExportItem, { kind: 'action' }>) => {
    onClose(true);
    setResult(null);
    // The button says busy in the same render that shows the progress (an effect could come long after:
    // drawing the slides keeps the page busy).
    setProgress({ label: `${item.label}…` });
    onBusy(true);
    try {
      const text = await item.run();
      if (text) setResult({ ok: true, text });
    } catch (error) {
      setResult({
        ok: false,
        text: `✕ ${item.label} failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setProgress(null);
      onBusy(false);
    }
  };

  return { progress, setProgress, result, run };
}
