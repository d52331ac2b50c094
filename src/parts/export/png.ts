/**
 * A picture (picture.ts) rasterised to PNG through a canvas, with the font the app ships embedded so
 * the labels are drawn with the font they were measured with. Within the browser's canvas limits: a
 * very large diagram is scaled down, and one too large to stay legible is refused with a reason.
 */
import { formatCount } from '../../model/format';
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import { buildPicture, type PictureInput } from './picture';

/** Chromium refuses canvases above 32,767 px a side or 268 million pixels; stay well inside. */
export const MAX_SIDE = 16_384;
export const MAX_PIXELS = 64_000_000;
/** Below this the 14 px labels would be under 4 px: not a picture anyone can read. */
export const MIN_SCALE = 0.25;

export class TooLargeError extends Error {}

let fonts: Promise<string> | null = null;

const toDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(String(reader.result)));
    reader.addEventListener('error', () => reject(reader.error ?? new Error('could not read the font')));
    reader.readAsDataURL(blob);
  });

/** @font-face rules with the shipped Inter files inlined (an SVG drawn as an image loads nothing itself). */
export function embeddedFontCss(): Promise<string> {
  fonts ??= Promise.all(
    (
      [
        [400, inter400],
        [600, inter600],
        [700, inter700],
      ] as const
    ).map(async ([weight, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
      const data = await toDataUrl(new Blob([await response.arrayBuffer()], { type: 'font/woff2' }));
      return `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(${data}) format('woff2')}`;
    }),
  )
    .then((rules) => rules.join(''))
    .catch(() => {
      fonts = null;
      return '';
    });
  return fonts;
}

/** The scale a picture of this size can be drawn at, at most `wanted`; throws when it would not be legible. */
export function scaleWithinLimits(width: number, height: number, wanted: number): number {
  const scale = Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
  if (scale < MIN_SCALE)
    throw new TooLargeError(
      `The diagram (${formatCount(Math.round(width))} × ${formatCount(Math.round(height))} px) is too large for a legible PNG in a browser; export the SVG, which keeps every detail.`,
    );
  return scale;
}

export interface Raster {
  blob: Blob;
  width: number;
  height: number;
  scale: number;
}

/** Rasterises SVG markup of the given size at `scale` (device pixels per picture pixel). */
export async function rasterise(svg: string, width: number, height: number, scale: number): Promise<Raster> {
  const w = Math.max(1, Math.floor(width * scale));
  const h = Math.max(1, Math.floor(height * scale));
  // The root's size in device pixels (the viewBox keeps the drawing): the browser draws the vectors at that size.
  const sized = svg.replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, `<svg$1 width="${w}" height="${h}"`);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  try {
    const image = new Image(w, h);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d');
    if (!context) throw new TooLargeError('The browser could not give a canvas of that size.');
    context.drawImage(image, 0, 0, w, h);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new TooLargeError(`The browser could not encode a ${w} × ${h} PNG.`);
    return { blob, width: w, height: h, scale };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The picture drawn with the shipped font, as PNG at up to `wanted`× (less for a very large diagram). */
export async function pictureToPng(input: PictureInput, wanted = 2): Promise<Raster> {
  const fontCss = await embeddedFontCss();
  const picture = buildPicture({ ...input, fontCss });
  const scale = scaleWithinLimits(picture.width, picture.height, wanted);
  return rasterise(picture.svg, picture.width, picture.height, scale);
}
