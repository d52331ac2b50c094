import { useRef, useState, type RefObject } from 'react';
import type { Node } from '@xyflow/react';
import type { Architecture } from '../../model/schema';
import type { ComponentState } from '../../simulation/status';
import { buttonClass } from '../../ui/buttonClass';
import { download, slug } from './download';

interface ExportProps {
  architecture: Pick<Architecture, 'id' | 'name' | 'sites' | 'components' | 'links'>;
  states: ReadonlyMap<string, ComponentState>;
  cutDescription: string;
  graph: RefObject<HTMLElement | null>;
  nodes: Node[];
}

function legendFromTheme() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    background: v('--bg'),
    text: v('--text'),
    legend: [
      { label: 'WAN link', stroke: v('--wan'), dash: '10 6' },
      { label: 'Local link', stroke: v('--local') },
      { label: 'Cut WAN link', stroke: v('--cut'), dash: '2 7' },
      { label: '✓ Operational', stroke: v('--ok'), fill: v('--ok-bg') },
      { label: '◐ Degraded', stroke: v('--warn'), fill: v('--warn-bg') },
      { label: '✕ Unavailable', stroke: v('--bad'), fill: v('--bad-bg') },
    ],
  };
}

/** PNG (2×) and SVG of the view with title, cut state and legend; Mermaid and JSON of the data. */
export function ExportMenu({ architecture, states, cutDescription, graph, nodes }: ExportProps) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const base = slug(`${architecture.id} ${cutDescription}`);
  const run = async (kind: string, action: () => Promise<void>) => {
    setBusy(kind);
    try {
      await action();
    } finally {
      setBusy(null);
      menu.current?.removeAttribute('open');
    }
  };
  const frame = () => ({ title: architecture.name, subtitle: cutDescription, ...legendFromTheme() });
  const svg = async () => {
    const { exportSvg } = await import('./image');
    return exportSvg(graph.current!, nodes, frame());
  };
  const items: [string, () => Promise<void>][] = [
    [
      'PNG image (2×)',
      async () => {
        const { exportPng } = await import('./image');
        download(await exportPng(await svg()), `${base}.png`);
      },
    ],
    ['SVG image', async () => download(new Blob([await svg()], { type: 'image/svg+xml' }), `${base}.svg`)],
    [
      'Mermaid flowchart',
      async () => {
        const { toMermaid } = await import('./mermaid');
        download(new Blob([toMermaid(architecture, states)], { type: 'text/plain' }), `${architecture.id}.mmd`);
      },
    ],
    [
      'JSON data',
      async () =>
        download(
          new Blob([`${JSON.stringify(architecture, null, 2)}\n`], { type: 'application/json' }),
          `${architecture.id}.json`,
        ),
    ],
  ];
  return (
    <details ref={menu} className="relative" data-testid="export-menu">
      <summary className={`${buttonClass} border-line cursor-pointer list-none`}>Export ▾</summary>
      <ul className="absolute right-0 z-30 mt-1 flex w-52 flex-col rounded-lg border-2 border-line bg-surface p-1 shadow-xl">
        {items.map(([label, action]) => (
          <li key={label}>
            <button
              type="button"
              className="w-full rounded px-2 py-1 text-left hover:bg-surface-2 disabled:opacity-50"
              disabled={busy !== null}
              onClick={() => run(label, action)}
            >
              {busy === label ? `${label}…` : label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
