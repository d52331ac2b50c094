import { describe, expect, it } from 'vitest';
import { tinyBundle } from '../../../test/fixtureData';
import type { ArchitectureBundle } from '../../model/dataset';
import { NO_CUT, type Cut } from '../../simulation/cut';
import { describeScenario, resolveScenario, CALM } from '../../simulation/scenario';
import { componentStates } from '../../simulation/status';
import { exportItems, fileSize, type ExportContext, type ExportItem, type Progress } from './exportItems';
import { toMermaid } from './mermaid';

describe('the Export menu items', async () => {
  const bundle = await tinyBundle();
  const context = (cut: Cut = NO_CUT, documented: ArchitectureBundle = bundle) => {
    const resolved = resolveScenario(documented.architecture, { ...CALM, cut, t: 300 });
    const saved: { blob: Blob; fileName: string }[] = [];
    const copied: { what: string; text: string }[] = [];
    const progress: Progress[] = [];
    const ctx: ExportContext = {
      documented,
      shown: documented,
      fleet: false,
      own: false,
      resolved,
      states: componentStates(documented.architecture, resolved.resolution, resolved.seconds),
      colours: 'print',
      progress: (p) => progress.push(p),
      copy: async (what, text) => {
        copied.push({ what, text });
        return null;
      },
      save: (blob, fileName) => saved.push({ blob, fileName }),
    };
    return { ctx, saved, copied, progress };
  };
  const ids = (items: ExportItem[]) => items.map((item) => item.id);
  const action = (items: ExportItem[], id: string) => {
    const item = items.find((i) => i.id === id);
    if (item?.kind !== 'action') throw new Error(`no action ${id}`);
    return item;
  };

  it('lists the pictures, the colours, the tour as slides, the editable files and the data, in menu order', () => {
    const items = exportItems(context().ctx);
    expect(ids(items)).toEqual([
      'png',
      'svg',
      'edit-copy',
      'print',
      'theme',
      'pptx',
      'drawio',
      'mermaid-copy',
      'mermaid',
      'json',
    ]);
    const steps = bundle.architecture.tour!.length;
    expect(action(items, 'pptx').label).toBe(`Tour as slides (PowerPoint, ${steps + 1} slides)`);
    expect(items.filter((i) => i.kind === 'colours').map((i) => i.kind === 'colours' && i.value)).toEqual([
      'print',
      'theme',
    ]);
  });

  it("opens the reader's own architecture in the editor itself, a shipped one as a copy", () => {
    const own = exportItems({ ...context().ctx, own: true });
    expect(ids(own)).toContain('edit-own');
    expect(ids(own)).not.toContain('edit-copy');
    expect(action(own, 'edit-own').label).toBe('Edit it, in the browser');
  });

  it('offers the cut summary only while something is cut, and slides only for a tour', () => {
    expect(ids(exportItems(context({ kind: 'sites', sites: ['east'] }).ctx))).toContain('markdown');
    expect(ids(exportItems(context({ kind: 'central' }).ctx))).toContain('markdown');
    const tourless = { ...bundle, architecture: { ...bundle.architecture, tour: undefined } };
    expect(ids(exportItems(context(NO_CUT, tourless).ctx))).not.toContain('pptx');
  });

  it('saves the documented data as <id>.json', async () => {
    const { ctx, saved } = context();
    expect(await action(exportItems(ctx), 'json').run()).toBe('✓ JSON saved');
    expect(saved.map((s) => s.fileName)).toEqual(['tiny.json']);
    expect(JSON.parse(await saved[0]!.blob.text())).toEqual(JSON.parse(JSON.stringify(bundle.architecture)));
  });

  it('copies and saves the same Mermaid text, named after the architecture and the scenario', async () => {
    const cut: Cut = { kind: 'sites', sites: ['east'] };
    const { ctx, saved, copied } = context(cut);
    const expected = toMermaid(bundle.architecture, ctx.states, {
      resolution: ctx.resolved.resolution,
      caption: describeScenario(bundle.architecture, ctx.resolved),
    });
    expect(expected).toContain('5 min into the cut');

    // Refused by the clipboard: the menu shows the text to copy by hand, and no message.
    expect(await action(exportItems(ctx), 'mermaid-copy').run()).toBeNull();
    expect(copied).toEqual([{ what: 'the Mermaid text', text: expected }]);

    expect(await action(exportItems(ctx), 'mermaid').run()).toBe('✓ Mermaid file saved');
    expect(saved[0]!.fileName).toBe('tiny-cut-off-east-5-min-into-the-cut.mmd');
    expect(await saved[0]!.blob.text()).toBe(expected);
  });

  it('reports progress while it writes the draw.io file, and its size when done', async () => {
    const { ctx, saved, progress } = context();
    const message = await action(exportItems(ctx), 'drawio').run();
    expect(progress).toEqual([{ label: 'Writing the draw.io file…' }]);
    expect(saved[0]!.fileName).toBe('tiny-all-wan-links-connected.drawio');
    expect(message).toBe(`✓ draw.io file saved: ${fileSize(await saved[0]!.blob.text().then((t) => t.length))}`);
  });

  it('gives sizes in kB (at least 1) and MB', () => {
    expect(fileSize(120)).toBe('1 kB');
    expect(fileSize(48_400)).toBe('48 kB');
    expect(fileSize(2_345_678)).toBe('2.3 MB');
  });
});
