/**
 * The Export menu, loaded when it first opens (ExportMenu.tsx is the button): the items of
 * exportItems.ts, the choice of picture colours, and the status line of the item run (useExportRun.ts).
 * Its keys are useMenuKeys.ts's: arrows, Home and End move; Esc closes and returns to the button.
 */
import { useRef, useState, type RefObject } from 'react';
import { useBundle } from '../../dataset/access';
import type { ResolvedScenario } from '../../simulation/scenario';
import type { ComponentState } from '../../simulation/status';
import { useFleet } from '../canvas/useSimulation';
import { copyText } from '../share/clipboard';
import { CopyByHand, type CopyRefused } from '../share/CopyByHand';
import { download } from './download';
import { exportItems } from './exportItems';
import { useExportRun } from './useExportRun';
import { YOURS } from '../../dataset/yours';
import { useImageColours } from './useImageColours';
import { useMenuKeys } from './useMenuKeys';

export interface ExportProps {
  id: string;
  /** The fleet size shown (null: as documented). */
  sites: number | null;
  /** What is simulated: the cut and its time, the round trip, the upgrade. */
  resolved: ResolvedScenario;
  states: ReadonlyMap<string, ComponentState>;
}

interface BodyProps extends ExportProps {
  open: boolean;
  menuId: string;
  button: RefObject<HTMLButtonElement | null>;
  /** Closes the menu, and returns focus to the button when asked. */
  onClose: (focusButton: boolean) => void;
  onBusy: (busy: boolean) => void;
}

export function ExportMenuBody({ id, sites, resolved, states, open, menuId, button, onClose, onBusy }: BodyProps) {
  const [colours, chooseColours] = useImageColours();
  const { progress, setProgress, result, run } = useExportRun(onClose, onBusy);
  const [refused, setRefused] = useState<CopyRefused | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  // The full data (prose included), which the diagram's first picture did without: loaded with this menu.
  const documented = useBundle(id);
  const shown = useFleet(documented, sites);
  const items = exportItems({
    documented,
    shown,
    fleet: sites !== null,
    own: id === YOURS,
    resolved,
    states,
    colours,
    progress: setProgress,
    copy: async (what, text) => {
      if (await copyText(text)) return `✓ ${what[0]!.toUpperCase()}${what.slice(1)} copied`;
      setRefused({ what, text });
      return null;
    },
    save: download,
  });

  const onMenuKey = useMenuKeys(menu, button, open, onClose);

  return (
    <>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="Export"
          tabIndex={-1}
          onKeyDown={onMenuKey}
          className="absolute right-0 z-30 mt-1 flex w-80 flex-col rounded-lg border-2 border-line bg-surface p-1 shadow-xl"
        >
          {items.map((item) =>
            item.kind === 'action' ? (
              <button
                key={item.id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="w-full rounded px-2 py-1 text-left hover:bg-surface-2 focus:bg-surface-2"
                onClick={() => void run(item)}
                data-export={item.id}
              >
                {item.label}
              </button>
            ) : (
              <button
                key={item.id}
                type="button"
                role="menuitemradio"
                aria-checked={colours === item.value}
                tabIndex={-1}
                className={`w-full rounded px-2 py-1 text-left text-sm hover:bg-surface-2 focus:bg-surface-2 ${item.value === 'print' ? 'mt-1 border-t-2 border-line' : 'mb-1 border-b-2 border-line'}`}
                onClick={() => chooseColours(item.value)}
                data-export={`colours-${item.value}`}
              >
                <span aria-hidden="true">{colours === item.value ? '◉ ' : '○ '}</span>
                {item.label}
              </button>
            ),
          )}
        </div>
      )}
      <div
        role="status"
        aria-live="polite"
        className={`absolute top-full right-0 z-20 mt-1 w-max max-w-[22rem] rounded-md border-2 border-line bg-surface px-2 py-1 text-sm shadow ${progress || result ? '' : 'sr-only'}`}
        data-testid="export-status"
      >
        {progress && (
          <span className="flex items-center gap-2">
            {progress.label}
            <progress
              className="w-24"
              max={progress.total ?? undefined}
              value={progress.done ?? undefined}
              aria-label="Export progress"
              data-testid="export-progress"
            />
          </span>
        )}
        {!progress && result && <span className={result.ok ? 'text-ok' : 'text-bad'}>{result.text}</span>}
      </div>
      {refused && <CopyByHand {...refused} onClose={() => setRefused(null)} />}
    </>
  );
}
