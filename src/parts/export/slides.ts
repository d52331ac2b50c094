/**
 * "Download the tour as slides": a PowerPoint deck with a title slide (the architecture, its model,
 * what it is, its sources) and one slide per tour step: the step's title, the diagram at the step's
 * cut and time framed on the step's components, and the step's text as speaker notes. pptxgenjs is
 * loaded only here, on demand.
 */
import type { ArchitectureBundle } from '../../model/dataset';
import type { Rect } from '../../model/geometry';
import type { TourStep } from '../../model/schema';
import { stepConditions } from '../../simulation/cut';
import { resolveScenario } from '../../simulation/scenario';
import { componentStates } from '../../simulation/status';
import { absoluteBoxes, boundsOf } from '../canvas/flow/boxes';
import type { Palette } from './palette';
import { pictureToPng } from './png';
import { sceneOf } from './scene';

/** 16:9 (13.33 × 7.5 in); the diagram's box on a step slide. */
const PICTURE = { x: 0.5, y: 1.45, w: 12.33, h: 5.75 };
/** Never closer than this many diagram pixels across: keep some of the diagram around the focus. */
const MIN_CROP_WIDTH = 960;
const MARGIN = 48;

const hex = (colour: string, fallback: string) =>
  /^#[0-9a-f]{6}$/i.test(colour) ? colour.slice(1).toUpperCase() : fallback;

/** The focus's bounds, grown to the picture box's proportions and kept inside the diagram. */
export function frameFor(focus: Rect, whole: Rect, aspect: number): Rect {
  let width = Math.max(focus.width + 2 * MARGIN, MIN_CROP_WIDTH);
  let height = Math.max(focus.height + 2 * MARGIN, width / aspect);
  width = Math.max(width, height * aspect);
  width = Math.min(width, whole.width);
  height = Math.min(height, whole.height);
  const cx = focus.x + focus.width / 2;
  const cy = focus.y + focus.height / 2;
  const x = Math.min(Math.max(cx - width / 2, whole.x), whole.x + whole.width - width);
  const y = Math.min(Math.max(cy - height / 2, whole.y), whole.y + whole.height - height);
  return { x, y, width, height };
}

const base64 = async (blob: Blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

export interface DeckInput {
  bundle: ArchitectureBundle;
  modelName: string;
  palette: Palette;
  /** The tour's permalink, printed on the title slide. */
  link: string;
  onProgress?: (done: number, total: number) => void;
}

/** The step's picture: the diagram at the step's cut and time, framed on its components. */
async function stepPicture(bundle: ArchitectureBundle, step: TourStep, palette: Palette) {
  const { architecture } = bundle;
  const resolved = resolveScenario(architecture, stepConditions(step));
  const states = componentStates(architecture, resolved.resolution, resolved.seconds, resolved.conditions);
  const scene = sceneOf(bundle, resolved, states);
  const focus = new Set(step.focus);
  const focusLinks = new Set(
    architecture.links.filter((l) => focus.has(l.from) && focus.has(l.to)).map((l) => `${l.from}->${l.to}`),
  );
  const boxes = absoluteBoxes(scene.flow.nodes);
  const whole = boundsOf(boxes.filter((b) => !b.node.parentId));
  const crop = frameFor(
    boundsOf(boxes.filter((b) => focus.has(b.node.id))),
    { x: whole.x - 8, y: whole.y - 8, width: whole.width + 16, height: whole.height + 16 },
    PICTURE.w / PICTURE.h,
  );
  const png = await pictureToPng(
    {
      title: step.title,
      subtitle: scene.caption,
      nodes: scene.flow.nodes,
      edges: scene.flow.edges,
      palette,
      focus,
      focusLinks,
      crop,
      bare: true,
    },
    2,
  );
  return { png, caption: scene.caption, crop };
}

export async function tourDeck({ bundle, modelName, palette, link, onProgress }: DeckInput): Promise<Blob> {
  const { architecture } = bundle;
  const tour = architecture.tour ?? [];
  const { default: PptxGenJS } = await import('pptxgenjs');
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = `${architecture.name}: tour`;
  deck.subject = `${architecture.name} (${modelName})`;
  deck.company = 'OpenInfra Edge Computing Group';
  const background = hex(palette.background, 'FFFFFF');
  const text = hex(palette.text, '0F172A');
  const muted = hex(palette.muted, '475569');
  const accent = hex(palette.accent, '1D4ED8');
  const font = 'Arial';

  // The cover: what the architecture is, its model and its sources; the release notes go to the notes.
  const cover = deck.addSlide();
  cover.background = { color: background };
  cover.addText(architecture.name, {
    x: 0.6,
    y: 0.45,
    w: 12.1,
    h: 0.9,
    fontSize: 36,
    bold: true,
    color: text,
    fontFace: font,
    fit: 'shrink',
  });
  cover.addText(modelName, {
    x: 0.6,
    y: 1.35,
    w: 12.1,
    h: 0.45,
    fontSize: 20,
    color: accent,
    bold: true,
    fontFace: font,
  });
  cover.addText(architecture.summary, {
    x: 0.6,
    y: 1.95,
    w: 12.1,
    h: 2.1,
    fontSize: architecture.summary.length > 800 ? 12 : 14,
    color: text,
    fontFace: font,
    valign: 'top',
    fit: 'shrink',
  });
  const sources = architecture.sources.slice(0, 8);
  const more = architecture.sources.length - sources.length;
  cover.addText(
    [
      { text: 'Sources', options: { bold: true, breakLine: true } },
      ...sources.map((s) => ({ text: s.title, options: { hyperlink: { url: s.url }, bullet: true, breakLine: true } })),
      ...(more > 0 ? [{ text: `and ${more} more in the explorer`, options: { color: muted } }] : []),
    ],
    { x: 0.6, y: 4.15, w: 12.1, h: 2.6, fontSize: 11, color: text, fontFace: font, valign: 'top' },
  );
  cover.addText(`${tour.length} steps · Edge Architecture Explorer · ${link}`, {
    x: 0.6,
    y: 6.85,
    w: 12.1,
    h: 0.4,
    fontSize: 11,
    color: muted,
    fontFace: font,
  });
  cover.addNotes(
    `${architecture.name}. ${architecture.summary}${architecture.release ? `\n\nReleases: ${architecture.release}` : ''}`,
  );
  onProgress?.(0, tour.length);

  for (const [i, step] of tour.entries()) {
    const { png, caption } = await stepPicture(bundle, step, palette);
    const slide = deck.addSlide();
    slide.background = { color: background };
    slide.addText(step.title, {
      x: 0.5,
      y: 0.25,
      w: 12.33,
      h: 0.8,
      fontSize: 28,
      bold: true,
      color: text,
      fontFace: font,
    });
    slide.addText(`Step ${i + 1} of ${tour.length} · ${caption}`, {
      x: 0.5,
      y: 0.98,
      w: 12.33,
      h: 0.4,
      fontSize: 14,
      color: muted,
      fontFace: font,
    });
    const aspect = png.width / png.height;
    const w = Math.min(PICTURE.w, PICTURE.h * aspect);
    const h = w / aspect;
    slide.addImage({
      data: `image/png;base64,${await base64(png.blob)}`,
      x: PICTURE.x + (PICTURE.w - w) / 2,
      y: PICTURE.y + (PICTURE.h - h) / 2,
      w,
      h,
      altText: `${architecture.name}, step ${i + 1}: ${step.title}. ${caption}.`,
    });
    slide.addNotes(step.text);
    onProgress?.(i + 1, tour.length);
  }
  return (await deck.write({ outputType: 'blob' })) as Blob;
}
