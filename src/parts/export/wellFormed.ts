/**
 * An export is checked before the page says "saved": a file a slide tool cannot open is an error the
 * reader sees, not a file they find broken later (text from the data is escaped, but a character XML
 * forbids would still break the file). An SVG is checked by the browser's own image decoder, a strict
 * XML parser that needs no Trusted Types exception (DOMParser would).
 */
export class BrokenExportError extends Error {}

/** Rejects when the browser cannot draw `svg` as an image. */
export async function assertSvgDecodes(svg: string, what: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
  } catch {
    throw new BrokenExportError(`the ${what} would not open: it is not well-formed SVG`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
