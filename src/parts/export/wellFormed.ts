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

// Characters XML 1.0 does not allow anywhere: C0 controls other than tab and newlines, and U+FFFE/U+FFFF.
// oxlint-disable-next-line no-control-regex -- the control characters are what is looked for
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** A high surrogate with no low one after it, or a low one with no high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Rejects XML text (a draw.io file) that holds a character XML forbids or a lone surrogate. */
export function assertXmlText(xml: string, what: string): void {
  if (LONE_SURROGATE.test(xml) || NOT_XML.test(xml))
    throw new BrokenExportError(`the ${what} would not open: it holds a character XML does not allow`);
}
