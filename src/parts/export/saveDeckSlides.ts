/**
 * A deck of one's own as PowerPoint: a cover listing the slides, then each slide drawn from its link
 * as the deck page shows it (a diagram under its conditions with the selection brought forward, a
 * tour step, the board, a comparison), in print colours. The board over time becomes a slide per moment,
 * each table readable on its own.
 */
import { architectureById, loadAllBundles, loadBundle, preloadCapabilities } from '../../dataset/access';
import { defaultComparePair } from '../../dataset/access';
import { describeDuration } from '../../model/duration';
import { stepConditions } from '../../simulation/cut';
import type { Scenario } from '../../simulation/scenario';
import { absoluteLink, currentPermalink } from '../../url/binding';
import { parseHash, type Choices } from '../../url/codec';
import type { Slide } from '../../url/deck';
import { catalogueOf } from '../capabilities/catalogue';
import { describeChoices } from '../deck/describeSlide';
import { download, slug } from './download';
import { PRINT_PALETTE } from './palette';
import { boardLegend, diagramLegend, diagramPicture, tablePicture, writeDeck, type SlideSpec } from './slides';

const scenarioOf = (c: Choices): Scenario => ({ cut: c.cut, t: c.t, rtt: c.rtt, upgrade: c.upgrade, spare: c.spare });
const palette = PRINT_PALETTE;

/** The slides one deck slide becomes (one, or one per moment of a board over time), each drawn when its turn comes. */
function slidesOf({ hash, title }: Slide): (() => Promise<SlideSpec>)[] {
  const { choices } = parseHash(hash);
  const { route } = choices;
  const link = absoluteLink(hash);
  const { condition } = describeChoices(choices);
  const scenario = scenarioOf(choices);
  switch (route.page) {
    case 'arch':
      return [
        async () => {
          const bundle = await loadBundle(route.id);
          const { architecture } = bundle;
          // A selection is drawn with what it talks to, as the canvas brings them forward.
          const node = choices.node;
          const focus = node
            ? [node, ...architecture.links.flatMap((l) => (l.from === node ? [l.to] : l.to === node ? [l.from] : []))]
            : null;
          const { png, caption } = await diagramPicture(bundle, scenario, focus, palette);
          const fleet =
            choices.sites !== null ? ` · the documented sites (the link shows a fleet of ${choices.sites})` : '';
          return {
            title,
            condition: `${caption}${fleet}`,
            picture: { png, alt: `${architecture.name}: ${caption}` },
            legend: diagramLegend(palette),
            link,
          };
        },
      ];
    case 'present':
      return [
        async () => {
          const bundle = await loadBundle(route.id);
          const tour = bundle.architecture.tour ?? [];
          const index = Math.min(Math.max((choices.step ?? 1) - 1, 0), Math.max(tour.length - 1, 0));
          const step = tour[index];
          const { png, caption } = await diagramPicture(bundle, stepConditions(step), step?.focus ?? null, palette);
          return {
            title,
            condition: `${bundle.architecture.name}, tour step ${index + 1} of ${tour.length} · ${caption}`,
            text: step?.text,
            picture: { png, alt: `${bundle.architecture.name}, ${step?.title ?? 'tour'}: ${caption}` },
            legend: diagramLegend(palette),
            link,
          };
        },
      ];
    case 'board': {
      const moments = choices.at ?? [choices.t ?? 0];
      return moments.map((t) => async () => {
        const [bundles, catalogue] = await Promise.all([loadAllBundles(), preloadCapabilities()]);
        const architectures = bundles.map((b) => b.architecture);
        const png = await tablePicture(
          architectures,
          catalogueOf(architectures, catalogue),
          { ...scenario, t: t || null },
          palette,
        );
        const when = choices.at ? ` · at ${t === 0 ? 'just cut' : describeDuration(t)}` : '';
        return {
          title: choices.at ? `${title}${when}` : title,
          condition: choices.at ? `${describeChoices({ ...choices, t: null }).condition}${when}` : condition,
          picture: { png, alt: `${title}: every architecture, capability by capability. ${condition}${when}.` },
          legend: boardLegend(palette),
          link,
        };
      });
    }
    case 'compare':
      return [
        async () => {
          const ids = [choices.left ?? defaultComparePair[0], choices.right ?? defaultComparePair[1]].filter((id) =>
            architectureById.has(id),
          );
          const [bundles, catalogue] = await Promise.all([
            Promise.all(ids.map((id) => loadBundle(id))),
            preloadCapabilities(),
          ]);
          const architectures = bundles.map((b) => b.architecture);
          const png = await tablePicture(architectures, catalogueOf(architectures, catalogue), scenario, palette);
          return {
            title,
            condition,
            picture: { png, alt: `${title}: ${architectures.map((a) => a.name).join(' and ')}. ${condition}.` },
            legend: boardLegend(palette),
            link,
          };
        },
      ];
    default:
      return [];
  }
}

/**
 * Draws every slide (pptxgenjs loads now) and saves the deck.
 * @returns how many slides were saved (the cover included) and the file's size in bytes
 */
export async function saveDeckSlides(
  slides: readonly Slide[],
  onProgress: (done: number, total: number) => void,
): Promise<{ slides: number; bytes: number }> {
  const drawn = slides.flatMap(slidesOf);
  const link = currentPermalink({ withoutEmbed: true });
  const blob = await writeDeck({
    title: 'Edge computing reference architectures',
    subject: 'A deck of the Edge Architecture Explorer',
    palette,
    cover: {
      title: 'Edge computing reference architectures',
      subtitle: 'A deck from the Edge Architecture Explorer',
      summary: slides.map((s, i) => `${i + 1}. ${s.title}`).join('\n'),
      sources: [],
      footer: `${slides.length} slides · open this deck, every slide a live view, in the explorer`,
      link,
      notes: `The deck's link, which opens every slide as a live view: ${link}`,
    },
    count: drawn.length,
    slide: (i) => drawn[i]!(),
    onProgress,
  });
  download(blob, `${slug(slides[0]?.title ?? 'deck')}.pptx`);
  return { slides: drawn.length + 1, bytes: blob.size };
}
