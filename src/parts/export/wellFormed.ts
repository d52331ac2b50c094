/**
 * An export is checked before the page says "saved": a file a slide tool or draw.io cannot open is an
 * error the reader sees, not a file they find broken later (text from the data is escaped, but a
 * character XML forbids would still break the file).
 */
export class BrokenExportError extends Error {}

/** Throws when `text` is not well-formed XML (SVG, draw.io). */
export function assertWellFormedXml(text: string, what: string): void {
  const parsed = new DOMParser().parseFromString(text, 'application/xml');
  const error = parsed.getElementsByTagName('parsererror')[0];
  if (error)
    throw new BrokenExportError(
      `the ${what} would not be well-formed XML (${(error.textContent ?? '').trim().slice(0, 120)})`,
    );
}
