/** The links a Share dialog offers: this view in the full explorer, and as an embed with an <iframe> snippet. */
import { toHash, type Choices } from '../../url/codec';

/** The same view with `embed=1` (or without it), on the page's own address. */
export function viewLink(href: string, choices: Choices, embed: boolean): string {
  const url = new URL(href);
  url.hash = toHash({ ...choices, embed });
  return url.href;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An <iframe> for a wiki page: lazy, titled for screen readers, a border so it reads as a frame. */
export function iframeSnippet(src: string, title: string, width = 800, height = 500): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" loading="lazy" style="border: 1px solid #cbd5e1; border-radius: 8px; max-width: 100%"></iframe>`;
}
