import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openGraphTags, siteUrl } from './openGraph';

const html = readFileSync('index.html', 'utf8');
const content = (tags: ReturnType<typeof openGraphTags>, name: string) =>
  tags.find((t) => t.attrs?.property === name || t.attrs?.name === name)?.attrs?.content;

describe('the link preview', () => {
  it("takes the page's own title and description, and an absolute picture URL when the site's address is known", () => {
    const tags = openGraphTags(html, siteUrl('https://example.org/explorer'));
    expect(content(tags, 'og:title')).toBe('Edge Architecture Explorer');
    expect(content(tags, 'og:description')).toMatch(/^The OpenInfra Edge Computing Group reference architectures/);
    expect(content(tags, 'og:url')).toBe('https://example.org/explorer/');
    expect(content(tags, 'og:image')).toBe('https://example.org/explorer/og-image.png');
  });

  it('names the picture relative to the page when the address is not known', () => {
    const tags = openGraphTags(html, siteUrl(undefined));
    expect(content(tags, 'og:image')).toBe('./og-image.png');
    expect(content(tags, 'og:url')).toBeUndefined();
  });

  it('refuses an address that is not an absolute http(s) URL of a folder, saying why', () => {
    expect(() => siteUrl('example.org/explorer')).toThrow(/SITE_URL: "example.org\/explorer" is not a URL/);
    expect(() => siteUrl('ftp://example.org/')).toThrow(/must start with https:\/\/ or http:\/\//);
    expect(() => siteUrl('https://example.org/#/arch/kubeedge')).toThrow(/must not carry a query or a # part/);
  });

  it('refuses a page without a description rather than a preview without one', () => {
    expect(() => openGraphTags('<title>x</title>', null)).toThrow(/index.html has no description meta tag/);
  });
});
