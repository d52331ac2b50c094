/**
 * A PowerPoint file as the tests read it: unzipped, each slide's text and the place and size of each
 * picture on it (to prove a picture is whole, inside the slide and not stretched), and, with LibreOffice,
 * each slide rendered to a picture (to prove nothing reaches the slide's edge).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip file (a .pptx), inflated. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The text of an Office XML part, tags dropped and entities read. */
export const officeText = (xml: string) =>
  xml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

export interface PlacedPicture {
  /** Position and size on the slide, in EMU. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The picture's own pixels. */
  pixels: { width: number; height: number };
}

export interface SlideFacts {
  text: string;
  notes: string;
  pictures: PlacedPicture[];
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** The slide size and, slide by slide in order, its text, its notes and its pictures. */
export function slideLayout(files: Map<string, Buffer>): { width: number; height: number; slides: SlideFacts[] } {
  const presentation = files.get('ppt/presentation.xml')!.toString();
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
  const count = [...files.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
  const slides: SlideFacts[] = [];
  for (let i = 1; i <= count; i++) {
    const xml = files.get(`ppt/slides/slide${i}.xml`)!.toString();
    const rels = files.get(`ppt/slides/_rels/slide${i}.xml.rels`)?.toString() ?? '';
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    const pictures = [...xml.matchAll(/<p:pic>([\s\S]*?)<\/p:pic>/g)].map(([, pic]) => {
      const off = /<a:off x="(-?\d+)" y="(-?\d+)"/.exec(pic!)!;
      const ext = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(pic!)!;
      const embed = /r:embed="([^"]+)"/.exec(pic!)![1]!;
      const media = files.get(`ppt/${target(embed).replace(/^\.\.\//, '')}`)!;
      return { x: +off[1]!, y: +off[2]!, w: +ext[1]!, h: +ext[2]!, pixels: pngSize(media) };
    });
    const notes = files.get(`ppt/notesSlides/notesSlide${i}.xml`)?.toString() ?? '';
    slides.push({ text: officeText(xml), notes: officeText(notes), pictures });
  }
  return { width: +size[1]!, height: +size[2]!, slides };
}

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((p) =>
  existsSync(p),
);
export const PDFTOPPM = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => existsSync(p));

/** Renders every slide with LibreOffice (PPTX → PDF → PNG at `dpi`), with each page's text. */
export function renderSlides(pptx: Buffer, dpi = 48): { pngs: Buffer[]; texts: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'slides-'));
  writeFileSync(join(dir, 'deck.pptx'), pptx);
  // A profile of its own: a second LibreOffice would otherwise hand the file to the first and exit.
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'deck.pptx'),
    ],
    { timeout: 120_000, stdio: 'pipe' },
  );
  execFileSync(PDFTOPPM!, ['-r', String(dpi), '-png', join(dir, 'deck.pdf'), join(dir, 'page')], { timeout: 60_000 });
  const pngs = readdirSync(dir)
    .filter((name) => /^page-\d+\.png$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((name) => readFileSync(join(dir, name)));
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'deck.pdf'), '-'], { timeout: 60_000 }).toString();
  return { pngs, texts: text.split('\f').slice(0, pngs.length) };
}

/**
 * Why a slide's pictures are not whole: one reaching past the slide's edge, or drawn at other
 * proportions than its pixels (stretched, or cropped by the slide tool). Empty when all are whole.
 */
export function pictureProblems(layout: ReturnType<typeof slideLayout>): string[] {
  const problems: string[] = [];
  layout.slides.forEach((slide, i) =>
    slide.pictures.forEach((p, k) => {
      const where = `slide ${i + 1}, picture ${k + 1}`;
      if (p.x < 0 || p.y < 0 || p.x + p.w > layout.width || p.y + p.h > layout.height)
        problems.push(`${where} reaches past the slide's edge`);
      const drawn = p.w / p.h;
      const own = p.pixels.width / p.pixels.height;
      if (Math.abs(drawn / own - 1) > 0.01)
        problems.push(`${where} is drawn at ${drawn.toFixed(3)}, its pixels are ${own.toFixed(3)}`);
    }),
  );
  return problems;
}
