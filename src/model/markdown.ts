/**
 * Text from the data written into Markdown (the exported tables, for minutes and wikis) as plain text:
 * nothing in a name or a sentence can become HTML, an image fetched from another host, a link, or
 * emphasis. CommonMark reads a backslash before any ASCII punctuation as that character, literally.
 */
const ACTIVE = /[\\`*_[\]<>!|~&]/g;

/** One line of literal text: white space folded, Markdown and HTML characters escaped. */
export const markdownText = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(ACTIVE, '\\$&');

/** A table cell: literal text on one line (pipes are escaped with the rest). */
export const markdownCell = markdownText;

/** The line that links an exported text back to the view it came from (an autolink: no text to escape). */
export const markdownLinkBack = (url: string): string =>
  `From the Edge Architecture Explorer: <${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
