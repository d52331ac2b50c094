/**
 * The Export menu's items: which apply (slides need a tour, the cut summary a cut), in what order, and
 * what each makes. Apart from the menu so the list can be tested without a browser; what an item does to
 * the page (progress, copying, saving a file) is handed in. What the items make loads only when one
 * runs (tools.ts, pptxgenjs), keeping it out of the menu's chunk.
 */
import type { ArchitectureBundle } from '../../model/dataset';
import { summariseCut } from '../../simulation/cutSummary';
import type { ResolvedScenario } from '../../simulation/scenario';
import type { ComponentState } from '../../simulation/status';
import { currentPermalink } from '../../url/binding';
import { navigate } from '../../url/store';
import { slug } from './download';
import type { ImageColours } from './palette';

export interface Progress {
  label: string;
  done?: number;
  total?: number;
}

export type ExportItem =
  | { kind: 'action'; id: string; label: string; run: () => Promise<string | null> }
  | { kind: 'colours'; id: string; label: string; value: ImageColours };

export interface ExportContext {
  /** The full data, prose and tour included. */
  documented: ArchitectureBundle;
  /** What the diagram shows: the documented data, or its generated fleet. */
  shown: ArchitectureBundle;
  /** A fleet's identical sites are summarised once. */
  fleet: boolean;
  /** The reader's own architecture (`yours`): the editor opens their file itself, not a copy. */
  own: boolean;
  resolved: ResolvedScenario;
  states: ReadonlyMap<string, ComponentState>;
  colours: ImageColours;
  progress: (progress: Progress) => void;
  /** Copies the text; resolves to the message to show, or null when the reader must copy it by hand. */
  copy: (what: string, text: string) => Promise<string | null>;
  save: (blob: Blob, fileName: string) => void;
}

export const fileSize = (bytes: number) =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;

const tools = () => import('./tools');

export function exportItems(ctx: ExportContext): ExportItem[] {
  const { documented, shown, fleet, own, resolved, states, colours, progress, copy, save } = ctx;
  const { architecture } = shown;
  const { resolution } = resolved;
  const tour = documented.architecture.tour ?? [];
  const cutting = resolution.centralDown || resolution.cutSites.size > 0;

  const caption = async () => (await tools()).describeScenario(architecture, resolved);
  const base = async () => slug(`${architecture.id} ${await caption()}`);
  const picture = async () => {
    const m = await tools();
    const scene = m.sceneOf(shown, resolved, states);
    const input = {
      title: architecture.name,
      subtitle: scene.caption,
      nodes: scene.flow.nodes,
      edges: scene.flow.edges,
      palette: m.paletteFor(colours),
    };
    return { m, input };
  };
  const mermaid = async () => (await tools()).toMermaid(architecture, states, { resolution, caption: await caption() });
  const action = (id: string, label: string, run: () => Promise<string | null>): ExportItem => ({
    kind: 'action',
    id,
    label,
    run,
  });

  return [
    action('png', 'PNG image', async () => {
      progress({ label: 'Drawing the PNG…' });
      const { m, input } = await picture();
      const png = await m.pictureToPng(input, 2);
      save(png.blob, `${await base()}.png`);
      return `✓ PNG saved: ${png.width} × ${png.height} px, ${fileSize(png.blob.size)}${png.scale < 2 ? ` (scaled to ${Math.round(png.scale * 100)} % to stay within the browser’s limits; the SVG keeps every detail)` : ''}`;
    }),
    action('svg', 'SVG image (editable)', async () => {
      progress({ label: 'Drawing the SVG…' });
      const { m, input } = await picture();
      const svg = m.buildPicture(input).svg;
      await (await import('./wellFormed')).assertSvgDecodes(svg, 'SVG');
      save(new Blob([svg], { type: 'image/svg+xml' }), `${await base()}.svg`);
      return `✓ SVG saved: ${fileSize(svg.length)}`;
    }),
    own
      ? action('edit-own', 'Edit it, in the browser', async () => {
          navigate({ page: 'edit' });
          return null;
        })
      : action('edit-copy', 'Edit a copy of its file, in the browser', async () => {
          navigate({ page: 'edit' }, { from: documented.architecture.id });
          return null;
        }),
    { kind: 'colours', id: 'print', label: 'Pictures in light colours, for print', value: 'print' },
    { kind: 'colours', id: 'theme', label: 'Pictures in the current theme', value: 'theme' },
    ...(tour.length > 0
      ? [
          action('pptx', `Tour as slides (PowerPoint, ${tour.length + 1} slides)`, async () => {
            progress({ label: 'Loading the slide maker…' });
            const { saveTourSlides } = await import('./saveTourSlides');
            const saved = await saveTourSlides(documented, colours, (done, total) =>
              progress({ label: `Drawing slide ${Math.min(done + 1, total)} of ${total}…`, done, total }),
            );
            return `✓ Slides saved: ${saved.slides} slides, ${fileSize(saved.bytes)}`;
          }),
        ]
      : []),
    action('drawio', 'draw.io diagram (editable)', async () => {
      progress({ label: 'Writing the draw.io file…' });
      const m = await tools();
      const xml = m.toDrawio({
        architecture,
        layout: shown.layout,
        resolution,
        states,
        caption: m.sceneOf(shown, resolved, states).caption,
        palette: m.paletteFor('print'),
      });
      (await import('./wellFormed')).assertXmlText(xml, 'draw.io file');
      save(new Blob([xml], { type: 'application/xml' }), `${await base()}.drawio`);
      return `✓ draw.io file saved: ${fileSize(xml.length)}`;
    }),
    action('mermaid-copy', 'Copy as Mermaid', async () => copy('the Mermaid text', await mermaid())),
    action('mermaid', 'Mermaid file (.mmd)', async () => {
      save(new Blob([await mermaid()], { type: 'text/plain' }), `${await base()}.mmd`);
      return '✓ Mermaid file saved';
    }),
    ...(cutting
      ? [
          action('markdown', 'Copy the cut summary (Markdown table)', async () => {
            const summary = summariseCut(architecture, resolution, states, fleet ? () => 'fleet' : undefined);
            const text = (await tools()).cutSummaryMarkdown(
              architecture,
              await caption(),
              summary,
              states,
              currentPermalink(),
            );
            return copy('the cut summary', text);
          }),
        ]
      : []),
    action('json', 'JSON data', async () => {
      save(
        new Blob([`${JSON.stringify(documented.architecture, null, 2)}\n`], { type: 'application/json' }),
        `${documented.architecture.id}.json`,
      );
      return '✓ JSON saved';
    }),
  ];
}
