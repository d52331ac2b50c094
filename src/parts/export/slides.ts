/**
 * PowerPoint decks (a tour's, or a deck of one's own): every slide has its title, its condition (cut,
 * time, round trip, upgrade) and its text as editable text, the whole picture fitted inside the slide
 * (never cropped: a box cut at the slide's edge reads as a different architecture), a legend drawn as
 * shapes and text, and a link to the exact view. The text goes to the speaker notes too. pptxgenjs
 * is loaded only here, on demand.
 */
import type { ArchitectureBundle } from '../../model/dataset';
import type { Architecture, TourStep } from '../../model/schema';
import { stepConditions } from '../../simulation/cut';
import { resolveScenario, type Scenario } from '../../simulation/scenario';
import { componentStates } from '../../simulation/status';
import type { CapabilityInfo } from '../capabilities/catalogue';
import { columnOf, stateIcon, stateWord } from '../capabilities/answers';
import { buildBoardPicture } from './boardPicture';
import type { Palette } from './palette';
import { embeddedFontCss, pictureToPng, rasterise, type Raster } from './png';
import { sceneOf } from './scene';
import { absoluteBoxes, boundsOf } from '../canvas/flow/boxes';
import { browserMeasure } from './measureText';

/** 16:9, in inches. */
export const SLIDE = { w: 13.333, h: 7.5 };
const LEFT = 0.5;
const WIDTH = SLIDE.w - 2 * LEFT;
/** The area between the condition line and the legend. */
const BODY = { y: 1.4, h: 5.2 };
const FONT = 'Arial';
const SLIDE_PIXELS = 2000;

const hex = (colour: string, fallback: string) =>
  /^#[0-9a-f]{6}$/i.test(colour) ? colour.slice(1).toUpperCase() : fallback;

const base64 = async (blob: Blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

export interface LegendEntry {
  label: string;
  fill: string;
  stroke: string;
}

export interface SlideSpec {
  title: string;
  /** The conditions in one line ("All 2 edge sites cut off, 1 day into the cut · WAN 150 ms round trip"). */
  condition: string;
  /** A tour step's text: on the slide beside or under the picture, and in the notes. */
  text?: string;
  picture: { png: Raster; alt: string };
  legend: readonly LegendEntry[];
  /** The exact view the slide shows. */
  link: string;
}

export interface CoverSpec {
  title: string;
  subtitle: string;
  summary: string;
  sources: readonly { title: string; url: string }[];
  footer: string;
  /** Linked from the footer's text (a deck's link is too long to print). */
  link?: string;
  notes: string;
}

/** Where the picture and the text go: beside each other or one above the other, whichever draws the picture larger. */
export function bodyLayout(aspect: number, hasText: boolean) {
  const fit = (w: number, h: number) => {
    const width = Math.min(w, h * aspect);
    return { w: width, h: width / aspect };
  };
  if (!hasText) {
    const size = fit(WIDTH, BODY.h);
    return { picture: { x: LEFT + (WIDTH - size.w) / 2, y: BODY.y + (BODY.h - size.h) / 2, ...size }, text: null };
  }
  const besideText = 3.6;
  const beside = fit(WIDTH - besideText - 0.25, BODY.h);
  const underText = 1.35;
  const under = fit(WIDTH, BODY.h - underText - 0.1);
  if (beside.w * beside.h >= under.w * under.h) {
    const area = WIDTH - besideText - 0.25;
    return {
      picture: { x: LEFT + (area - beside.w) / 2, y: BODY.y + (BODY.h - beside.h) / 2, ...beside },
      text: { x: LEFT + area + 0.25, y: BODY.y, w: besideText, h: BODY.h },
    };
  }
  return {
    picture: { x: LEFT + (WIDTH - under.w) / 2, y: BODY.y, ...under },
    text: { x: LEFT, y: BODY.y + under.h + 0.1, w: WIDTH, h: BODY.h - under.h - 0.1 },
  };
}

/** The legend of a diagram: the statuses and the cut link, in the palette's colours. */
export const diagramLegend = (p: Palette): LegendEntry[] => [
  { label: 'Operational', fill: p.okBg, stroke: p.ok },
  { label: 'Degraded', fill: p.warnBg, stroke: p.warn },
  { label: 'Unavailable', fill: p.badBg, stroke: p.bad },
  { label: 'Cut WAN link (dashed)', fill: p.background, stroke: p.cut },
  { label: 'Brought forward', fill: p.surface, stroke: p.accent },
];

/** The legend of a capability table. */
export const boardLegend = (p: Palette): LegendEntry[] => [
  { label: `${stateIcon.operational} ${stateWord.operational}`, fill: p.okBg, stroke: p.ok },
  { label: `${stateIcon.degraded} ${stateWord.degraded}`, fill: p.warnBg, stroke: p.warn },
  { label: `${stateIcon.unavailable} ${stateWord.unavailable}`, fill: p.badBg, stroke: p.bad },
  { label: `${stateIcon['not-provided']} ${stateWord['not-provided']}`, fill: p.surface, stroke: p.border },
];

/** A diagram under a scenario, whole, with some components brought forward (a step's focus, a selection). */
export async function diagramPicture(
  bundle: Pick<ArchitectureBundle, 'architecture' | 'layout'>,
  scenario: Scenario,
  focusIds: readonly string[] | null,
  palette: Palette,
): Promise<{ png: Raster; caption: string }> {
  const { architecture } = bundle;
  const resolved = resolveScenario(architecture, scenario);
  const states = componentStates(architecture, resolved.resolution, resolved.seconds, resolved.conditions);
  const scene = sceneOf(bundle as ArchitectureBundle, resolved, states);
  const focus = focusIds && focusIds.length > 0 ? new Set(focusIds) : null;
  const focusLinks = focus
    ? new Set(architecture.links.filter((l) => focus.has(l.from) && focus.has(l.to)).map((l) => `${l.from}->${l.to}`))
    : null;
  // Sharp on a 4K projector across the slide (about 2,000 px), and no larger: a deck stays mailable.
  const whole = boundsOf(absoluteBoxes(scene.flow.nodes).filter((b) => !b.node.parentId));
  const scale = Math.min(2, Math.max(1, SLIDE_PIXELS / whole.width));
  const png = await pictureToPng(
    {
      title: architecture.name,
      subtitle: scene.caption,
      nodes: scene.flow.nodes,
      edges: scene.flow.edges,
      palette,
      focus,
      focusLinks,
      bare: true,
    },
    scale,
  );
  return { png, caption: scene.caption };
}

/** A capability table (the board, a comparison) as a picture for a slide: the table alone. */
export async function tablePicture(
  architectures: readonly Architecture[],
  capabilities: readonly CapabilityInfo[],
  scenario: Scenario,
  palette: Palette,
): Promise<Raster> {
  const picture = buildBoardPicture({
    title: '',
    condition: '',
    capabilities,
    columns: architectures.map((architecture) => columnOf({ architecture, site: null, sites: null }, scenario)),
    link: '',
    palette,
    measure: browserMeasure(),
    fontCss: await embeddedFontCss(),
    bare: true,
  });
  return rasterise(picture.svg, picture.width, picture.height, 1);
}

/** A step's slide: its conditions, the whole diagram with the step's components brought forward. */
export async function stepSlide(
  bundle: ArchitectureBundle,
  step: TourStep,
  index: number,
  palette: Palette,
  link: string,
): Promise<SlideSpec> {
  const tour = bundle.architecture.tour ?? [];
  const { png, caption } = await diagramPicture(bundle, stepConditions(step), step.focus, palette);
  return {
    title: step.title,
    condition: `Step ${index + 1} of ${tour.length} · ${caption}`,
    text: step.text,
    picture: { png, alt: `${bundle.architecture.name}, step ${index + 1}: ${step.title}. ${caption}.` },
    legend: diagramLegend(palette),
    link,
  };
}

const textSize = (text: string, width: number) => {
  // A long text gets a smaller size, never below 12 pt (a projector's floor); the box shrinks it further if needed.
  const perLine = (width * 72) / 7;
  const lines = text.length / perLine;
  return lines > 14 ? 12 : lines > 10 ? 13 : lines > 6 ? 14 : 16;
};

export interface DeckInput {
  title: string;
  subject: string;
  palette: Palette;
  cover?: CoverSpec;
  /** The slides, drawn one at a time (pictures are large): called with each index in turn. */
  count: number;
  slide: (index: number) => Promise<SlideSpec>;
  onProgress?: (done: number, total: number) => void;
}

export async function writeDeck({
  title,
  subject,
  palette,
  cover,
  count,
  slide: slideAt,
  onProgress,
}: DeckInput): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = title;
  deck.subject = subject;
  deck.company = 'OpenInfra Edge Computing Group';
  const background = hex(palette.background, 'FFFFFF');
  const text = hex(palette.text, '0F172A');
  const muted = hex(palette.muted, '475569');
  const accent = hex(palette.accent, '1D4ED8');
  const warn = hex(palette.warn, '92400E');

  if (cover) {
    const s = deck.addSlide();
    s.background = { color: background };
    s.addText(cover.title, {
      x: 0.6,
      y: 0.45,
      w: 12.1,
      h: 0.9,
      fontSize: 36,
      bold: true,
      color: text,
      fontFace: FONT,
      fit: 'shrink',
    });
    s.addText(cover.subtitle, {
      x: 0.6,
      y: 1.35,
      w: 12.1,
      h: 0.45,
      fontSize: 20,
      color: accent,
      bold: true,
      fontFace: FONT,
    });
    s.addText(cover.summary, {
      x: 0.6,
      y: 1.95,
      w: 12.1,
      h: 2.1,
      fontSize: cover.summary.length > 800 ? 12 : 14,
      color: text,
      fontFace: FONT,
      valign: 'top',
      fit: 'shrink',
    });
    const sources = cover.sources.slice(0, 8);
    const more = cover.sources.length - sources.length;
    if (sources.length > 0)
      s.addText(
        [
          { text: 'Sources', options: { bold: true, breakLine: true } },
          ...sources.map((source) => ({
            text: source.title,
            options: { hyperlink: { url: source.url }, bullet: true, breakLine: true },
          })),
          ...(more > 0 ? [{ text: `and ${more} more in the explorer`, options: { color: muted } }] : []),
        ],
        { x: 0.6, y: 4.15, w: 12.1, h: 2.6, fontSize: 11, color: text, fontFace: FONT, valign: 'top' },
      );
    s.addText([{ text: cover.footer, options: cover.link ? { hyperlink: { url: cover.link } } : {} }], {
      x: 0.6,
      y: 6.85,
      w: 12.1,
      h: 0.4,
      fontSize: 11,
      color: cover.link ? accent : muted,
      fontFace: FONT,
      fit: 'shrink',
    });
    s.addNotes(cover.notes);
  }
  onProgress?.(0, count);

  for (let i = 0; i < count; i++) {
    const spec = await slideAt(i);
    const s = deck.addSlide();
    s.background = { color: background };
    s.addText(spec.title, {
      x: LEFT,
      y: 0.2,
      w: WIDTH,
      h: 0.75,
      fontSize: 26,
      bold: true,
      color: text,
      fontFace: FONT,
      fit: 'shrink',
    });
    s.addText(spec.condition, {
      x: LEFT,
      y: 0.95,
      w: WIDTH,
      h: 0.4,
      fontSize: 14,
      bold: true,
      color: warn,
      fontFace: FONT,
      fit: 'shrink',
    });
    const { png } = spec.picture;
    const body = bodyLayout(png.width / png.height, !!spec.text);
    s.addImage({ data: `image/png;base64,${await base64(png.blob)}`, ...body.picture, altText: spec.picture.alt });
    if (spec.text && body.text)
      s.addText(spec.text, {
        ...body.text,
        fontSize: textSize(spec.text, body.text.w),
        color: text,
        fontFace: FONT,
        valign: 'top',
        fit: 'shrink',
      });
    // The legend: a swatch and a word per entry, as shapes a presenter can edit or delete.
    let x = LEFT;
    const y = BODY.y + BODY.h + 0.15;
    for (const entry of spec.legend) {
      s.addShape('rect', {
        x,
        y: y + 0.06,
        w: 0.28,
        h: 0.2,
        fill: { color: hex(entry.fill, 'FFFFFF') },
        line: { color: hex(entry.stroke, '475569'), width: 1.5 },
      });
      const w = 0.25 + entry.label.length * 0.085;
      s.addText(entry.label, { x: x + 0.32, y, w, h: 0.32, fontSize: 12, color: text, fontFace: FONT, margin: 0 });
      x += 0.32 + w + 0.2;
    }
    s.addText([{ text: spec.link, options: { hyperlink: { url: spec.link } } }], {
      x: LEFT,
      y: SLIDE.h - 0.5,
      w: WIDTH,
      h: 0.35,
      fontSize: 10,
      color: accent,
      fontFace: FONT,
      fit: 'shrink',
    });
    s.addNotes([spec.title, spec.condition, spec.text ?? '', spec.link].filter(Boolean).join('\n\n'));
    onProgress?.(i + 1, count);
  }
  return (await deck.write({ outputType: 'blob' })) as Blob;
}

/** The tour as a deck: a cover (the architecture, its model, its sources), then a slide per step. */
export function tourDeck(input: {
  bundle: ArchitectureBundle;
  modelName: string;
  palette: Palette;
  /** The tour's permalink, and a step's (1-based). */
  link: string;
  stepLink: (step: number) => string;
  onProgress?: (done: number, total: number) => void;
}): Promise<Blob> {
  const { bundle, modelName, palette, link, stepLink, onProgress } = input;
  const { architecture } = bundle;
  const tour = architecture.tour ?? [];
  return writeDeck({
    title: `${architecture.name}: tour`,
    subject: `${architecture.name} (${modelName})`,
    palette,
    cover: {
      title: architecture.name,
      subtitle: modelName,
      summary: architecture.summary,
      sources: architecture.sources,
      footer: `${tour.length} steps · Edge Architecture Explorer · ${link}`,
      notes: `${architecture.name}. ${architecture.summary}${architecture.release ? `\n\nReleases: ${architecture.release}` : ''}`,
    },
    count: tour.length,
    slide: (i) => stepSlide(bundle, tour[i]!, i, palette, stepLink(i + 1)),
    onProgress,
  });
}
