/**
 * Vite plugin: the link preview a wiki or chat tool shows for the site (Open Graph and Twitter card
 * tags), with a picture of a diagram, `public/og-image.png`, made from the build's pre-drawn diagram
 * by `npm run screenshots` (e2e/screenshots.shot.ts). The page's title and description are read from
 * index.html, so they are written once.
 *
 * Open Graph asks for absolute URLs, and a static build does not know where it will be served:
 * `SITE_URL` (e.g. https://example.org/explorer/) makes them absolute; without it the picture's URL is
 * relative to the page, which some tools resolve and some do not.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export const OG_IMAGE = 'og-image.png';
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };
const OG_IMAGE_ALT =
  'A reference architecture drawn by the explorer: the central site above, edge sites below, their components and WAN links.';

/** `SITE_URL` checked: an absolute http(s) URL of the site's folder, or nothing. */
export function siteUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: "${value}" is not a URL (expected e.g. https://example.org/explorer/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL: "${value}" must start with https:// or http://`);
  if (url.search || url.hash) throw new Error(`SITE_URL: "${value}" must not carry a query or a # part`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

const attribute = (html: string, pattern: RegExp, what: string): string => {
  const found = pattern.exec(html)?.[1];
  if (!found) throw new Error(`index.html has no ${what}: the link preview is made from it`);
  return found;
};

export function openGraphTags(html: string, site: string | null): HtmlTagDescriptor[] {
  const title = attribute(html, /<title>([^<]+)<\/title>/, '<title>');
  const description = attribute(html, /<meta\s+name="description"\s+content="([^"]+)"/, 'description meta tag');
  const image = `${site ?? './'}${OG_IMAGE}`;
  const property = (name: string, content: string): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs: { property: name, content },
    injectTo: 'head',
  });
  return [
    property('og:type', 'website'),
    property('og:site_name', title),
    property('og:title', title),
    property('og:description', description),
    ...(site ? [property('og:url', site)] : []),
    property('og:image', image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(OG_IMAGE_SIZE.width)),
    property('og:image:height', String(OG_IMAGE_SIZE.height)),
    property('og:image:alt', OG_IMAGE_ALT),
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' }, injectTo: 'head' },
  ];
}

export function openGraphPlugin(site = siteUrl(process.env.SITE_URL)): Plugin {
  return {
    name: 'open-graph',
    apply: 'build',
    transformIndexHtml: (html) => ({ html, tags: openGraphTags(html, site) }),
  };
}
