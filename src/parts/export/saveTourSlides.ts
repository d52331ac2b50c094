/** The tour as PowerPoint slides, downloaded: one action for the Export menu and the presentation. */
import { modelNames } from '../../dataset/access';
import type { ArchitectureBundle } from '../../model/dataset';
import { absoluteLink } from '../../url/binding';
import { hrefTo } from '../../url/hrefs';
import { download } from './download';
import type { ImageColours } from './palette';

/**
 * Draws the slides (pptxgenjs loads now) and saves `<id>-tour.pptx`.
 * @returns how many slides were saved and the file's size in bytes
 */
export async function saveTourSlides(
  bundle: ArchitectureBundle,
  colours: ImageColours,
  onProgress: (done: number, total: number) => void,
): Promise<{ slides: number; bytes: number }> {
  const { architecture } = bundle;
  const tools = await import('./tools');
  const present = { page: 'present', id: architecture.id } as const;
  const deck = await tools.tourDeck({
    bundle,
    modelName: modelNames[architecture.model] ?? architecture.model,
    palette: tools.paletteFor(colours),
    link: absoluteLink(hrefTo(present)),
    stepLink: (step) => absoluteLink(hrefTo(present, { step })),
    onProgress,
  });
  download(deck, `${architecture.id}-tour.pptx`);
  return { slides: (architecture.tour?.length ?? 0) + 1, bytes: deck.size };
}
