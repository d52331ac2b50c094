/**
 * The Export menu's items and what they do, loaded when the menu first opens (ExportMenu.tsx is the
 * button): pictures (PNG, SVG) in light "print" colours or the current theme, the tour as PowerPoint
 * slides, a draw.io file, Mermaid and the cut summary to copy, and the data. Arrow keys, Home and End
 * move through the items; Esc closes the menu and returns to the button. What the items make is
 * loaded only when asked (tools.ts, pptxgenjs); progress shows while it runs.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { navigate } from '../../url/store';
import { useBundle } from '../../dataset/access';
import type { ResolvedScenario } from '../../simulation/scenario';
import type { ComponentState } from '../../simulation/status';
import { summariseCut } from '../../simulation/cutSummary';
import { useFleet } from '../canvas/useSimulation';
import { copyText } from '../share/clipboard';
import { CopyByHand, type CopyRefused } from '../share/CopyByHand';
import { download, slug } from './download';
import { saveTourSlides } from './saveTourSlides';
import { currentPermalink } from '../../url/binding';
import type { ImageColours } from './palette';

export interface ExportProps {
  id: string;
  /** The fleet size shown (null: as documented). */
  sites: number | null;
  /** What is simulated: the cut and its time, the round trip, the upgrade. */
  resolved: ResolvedScenario;
  states: ReadonlyMap<string, ComponentState>;
}

interface Progress {
  label: string;
  done?: number;
  total?: number;
}

type Item =
  | { kind: 'action'; id: string; label: string; run: () => Promise<string | null> }
  | { kind: 'colours'; id: string; label: string; value: ImageColours };

const COLOURS_KEY = 'export-colours';
const savedColours = (): ImageColours => {
  try {
    return localStorage.getItem(COLOURS_KEY) === 'theme' ? 'theme' : 'print';
  } catch {
    return 'print';
  }
};

const size = (bytes: number) =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;

interface BodyProps extends ExportProps {
  open: boolean;
  menuId: string;
  button: RefObject<HTMLButtonElement | null>;
  /** Closes the menu, and returns focus to the button when asked. */
  onClose: (focusButton: boolean) => void;
  onBusy: (busy: boolean) => void;
}

export function ExportMenuBody({ id, sites, resolved, states, open, menuId, button, onClose, onBusy }: BodyProps) {
  const { resolution } = resolved;
  const [colours, setColours] = useState<ImageColours>(savedColours);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [refused, setRefused] = useState<CopyRefused | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  // The full data (prose included), which the diagram's first picture did without: loaded with this menu.
  const documented = useBundle(id);
  const shown = useFleet(documented, sites);
  const { architecture } = shown;
  const summary = useMemo(
    () => summariseCut(architecture, resolution, states, sites !== null ? () => 'fleet' : undefined),
    [architecture, resolution, states, sites],
  );
  const cutting = resolution.centralDown || resolution.cutSites.size > 0;

  const tools = () => import('./tools');
  const scene = async () => {
    const m = await tools();
    return { m, scene: m.sceneOf(shown, resolved, states) };
  };
  const picture = async () => {
    const { m, scene: s } = await scene();
    return {
      m,
      s,
      input: {
        title: architecture.name,
        subtitle: s.caption,
        nodes: s.flow.nodes,
        edges: s.flow.edges,
        palette: m.paletteFor(colours),
      },
    };
  };
  const base = async () => {
    const { m } = await scene();
    return slug(`${architecture.id} ${m.describeScenario(architecture, resolved)}`);
  };
  const copy = async (what: string, text: string) => {
    if (await copyText(text)) return `✓ ${what[0]!.toUpperCase()}${what.slice(1)} copied`;
    setRefused({ what, text });
    return null;
  };

  const tour = documented.architecture.tour ?? [];
  const items: Item[] = [
    {
      kind: 'action',
      id: 'png',
      label: 'PNG image',
      run: async () => {
        setProgress({ label: 'Drawing the PNG…' });
        const { m, input } = await picture();
        const png = await m.pictureToPng(input, 2);
        download(png.blob, `${await base()}.png`);
        return `✓ PNG saved: ${png.width} × ${png.height} px, ${size(png.blob.size)}${png.scale < 2 ? ` (scaled to ${Math.round(png.scale * 100)} % to stay within the browser’s limits; the SVG keeps every detail)` : ''}`;
      },
    },
    {
      kind: 'action',
      id: 'svg',
      label: 'SVG image (editable)',
      run: async () => {
        setProgress({ label: 'Drawing the SVG…' });
        const { m, input } = await picture();
        const svg = m.buildPicture(input).svg;
        await (await import('./wellFormed')).assertSvgDecodes(svg, 'SVG');
        download(new Blob([svg], { type: 'image/svg+xml' }), `${await base()}.svg`);
        return `✓ SVG saved: ${size(svg.length)}`;
      },
    },
    {
      kind: 'action',
      id: 'edit-copy',
      label: 'Edit a copy of its file, in the browser',
      run: async () => {
        navigate({ page: 'edit' }, { from: id });
        return null;
      },
    },
    { kind: 'colours', id: 'print', label: 'Pictures in light colours, for print', value: 'print' },
    { kind: 'colours', id: 'theme', label: 'Pictures in the current theme', value: 'theme' },
    ...(tour.length > 0
      ? [
          {
            kind: 'action' as const,
            id: 'pptx',
            label: `Tour as slides (PowerPoint, ${tour.length + 1} slides)`,
            run: async () => {
              setProgress({ label: 'Loading the slide maker…' });
              const saved = await saveTourSlides(documented, colours, (done, total) =>
                setProgress({ label: `Drawing slide ${Math.min(done + 1, total)} of ${total}…`, done, total }),
              );
              return `✓ Slides saved: ${saved.slides} slides, ${size(saved.bytes)}`;
            },
          },
        ]
      : []),
    {
      kind: 'action',
      id: 'drawio',
      label: 'draw.io diagram (editable)',
      run: async () => {
        setProgress({ label: 'Writing the draw.io file…' });
        const { m, scene: s } = await scene();
        const xml = m.toDrawio({
          architecture,
          layout: shown.layout,
          resolution,
          states,
          caption: s.caption,
          palette: m.paletteFor('print'),
        });
        (await import('./wellFormed')).assertXmlText(xml, 'draw.io file');
        download(new Blob([xml], { type: 'application/xml' }), `${await base()}.drawio`);
        return `✓ draw.io file saved: ${size(xml.length)}`;
      },
    },
    {
      kind: 'action',
      id: 'mermaid-copy',
      label: 'Copy as Mermaid',
      run: async () => {
        const m = await tools();
        const caption = m.describeScenario(architecture, resolved);
        return copy('the Mermaid text', m.toMermaid(architecture, states, { resolution, caption }));
      },
    },
    {
      kind: 'action',
      id: 'mermaid',
      label: 'Mermaid file (.mmd)',
      run: async () => {
        const m = await tools();
        const caption = m.describeScenario(architecture, resolved);
        const text = m.toMermaid(architecture, states, { resolution, caption });
        download(new Blob([text], { type: 'text/plain' }), `${await base()}.mmd`);
        return '✓ Mermaid file saved';
      },
    },
    ...(cutting
      ? [
          {
            kind: 'action' as const,
            id: 'markdown',
            label: 'Copy the cut summary (Markdown table)',
            run: async () => {
              const m = await tools();
              const caption = m.describeScenario(architecture, resolved);
              return copy(
                'the cut summary',
                m.cutSummaryMarkdown(architecture, caption, summary, states, currentPermalink()),
              );
            },
          },
        ]
      : []),
    {
      kind: 'action',
      id: 'json',
      label: 'JSON data',
      run: async () => {
        download(
          new Blob([`${JSON.stringify(documented.architecture, null, 2)}\n`], { type: 'application/json' }),
          `${documented.architecture.id}.json`,
        );
        return '✓ JSON saved';
      },
    },
  ];

  const close = onClose;

  // Opened: the first item takes the focus (or the last, when opened with ↑).
  useEffect(() => {
    if (!open) return;
    const all = menuItems(menu.current);
    (button.current?.dataset.openAt === 'last' ? all.at(-1) : all[0])?.focus();
    // A click anywhere else closes the menu.
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, button, close]);

  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => setResult(null), result.ok ? 6000 : 15000);
    return () => clearTimeout(timer);
  }, [result]);

  const run = async (item: Extract<Item, { kind: 'action' }>) => {
    close(true);
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

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = menuItems(menu.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      event.stopPropagation();
      all[(to + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

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
                onClick={() => {
                  setColours(item.value);
                  try {
                    localStorage.setItem(COLOURS_KEY, item.value);
                  } catch {
                    // Private mode: remembered for this page only.
                  }
                }}
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

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
}
