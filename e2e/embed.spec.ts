/**
 * Embeds in a real host page: a wiki-like page (served on the site's origin by the test) with the
 * explorer in an <iframe>. The wheel scrolls the page over the diagram unless the reader holds Ctrl/⌘
 * or has clicked into it; a cut embed keeps its room for the diagram; every page has a clean embed
 * whose links open the full explorer in a new tab; the Share dialog's snippet is such an embed.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { expect, open, openGraph, settled, test } from './fixtures';
import { deep, sweep } from './tiers';
import { architectures } from './data';
import { resolveCut } from '../src/simulation/cut';
import { componentStates } from '../src/simulation/status';
import { countStatuses } from '../src/simulation/summary';

/** A host page on the site's own origin (the suite allows no other), holding `body`. */
async function hostPage(page: Page, baseURL: string, body: string): Promise<void> {
  const url = new URL('../wiki/page.html', baseURL).href;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><title>Wiki</title></head><body style="margin:0;font:16px sans-serif"><h1 style="height:240px;margin:0">Edge notes</h1>${body}<div style="height:2400px">More text below the diagram.</div></body></html>`,
    }),
  );
  await page.goto(url);
}

const iframe = (src: string, width = 600, height = 400) =>
  `<iframe id="embed" src="${src}" width="${width}" height="${height}" title="Explorer" style="border:0"></iframe>`;

const zoomOf = (frame: FrameLocator) =>
  frame.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

test('in a host page, the wheel over the diagram scrolls the page until the reader clicks into it or holds Ctrl', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await hostPage(page, baseURL!, iframe(`${baseURL}#/arch/tripleo-dcn?cut=dcn0&embed=1`));
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('.react-flow__node-component').first()).toBeVisible();
  await settled((await (await page.locator('#embed').elementHandle())!.contentFrame())!);
  const zoom = await zoomOf(frame);
  const box = (await page.locator('#embed').boundingBox())!;
  const overDiagram = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  // Reading the page: the wheel over the embed scrolls the page, the diagram stays as it is.
  await page.mouse.move(overDiagram.x, overDiagram.y);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(150);
  expect(await zoomOf(frame)).toBeCloseTo(zoom, 5);

  // Ctrl + wheel (a trackpad pinch) zooms the diagram, not the page.
  // The page's scroll must have ended and the pointer left and re-entered: Chromium latches a wheel
  // gesture to the element it scrolled, and a Ctrl+wheel inside that gesture goes to the page.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(200);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  const at = (await page.locator('#embed').boundingBox())!;
  await page.mouse.move(at.x + at.width + 100, at.y + 20);
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(() => zoomOf(frame)).toBeGreaterThan(zoom * 1.05);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // Clicked into: the wheel is the diagram's, until the pointer leaves it.
  const zoomed = await zoomOf(frame);
  const graph = (await frame.getByTestId('graph').boundingBox())!;
  await page.mouse.click(graph.x + graph.width - 24, graph.y + graph.height - 24);
  await expect(frame.locator('[data-engaged="true"]')).toHaveCount(1);
  await page.mouse.wheel(0, -200);
  await expect.poll(() => zoomOf(frame)).toBeGreaterThan(zoomed * 1.05);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.mouse.move(at.x + at.width + 100, at.y + 20);
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(150);
});

test('a cut embed of 600×400 is mostly diagram, with a one-line summary that links to the full one', async ({
  page,
  baseURL,
}, info) => {
  await hostPage(page, baseURL!, iframe(`${baseURL}#/arch/tripleo-dcn?cut=dcn0&t=10m&embed=1`));
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('.react-flow__node-component').first()).toBeVisible();
  const summary = frame.getByTestId('embed-summary');
  await expect(summary).toContainText('Cut off:');
  await expect(summary).toContainText('10 min in');
  // The counts the data gives for dcn0's components ten minutes into the cut.
  const dcn = architectures['tripleo-dcn']!;
  const counts = countStatuses(
    dcn.components.filter((c) => c.site === 'dcn0'),
    componentStates(dcn, resolveCut(dcn, { kind: 'sites', sites: ['dcn0'] }), 600),
  );
  await expect(summary).toContainText(
    `✓ ${counts.operational} work · ◐ ${counts.degraded} degraded · ✕ ${counts.unavailable} stop`,
  );
  await expect(frame.getByTestId('cut-summary')).toHaveCount(0);
  const frameBox = (await page.locator('#embed').boundingBox())!;
  const graph = (await frame.getByTestId('graph').boundingBox())!;
  const line = (await summary.boundingBox())!;
  expect(graph.height / frameBox.height, 'share of the frame for the diagram').toBeGreaterThan(0.65);
  expect(line.height).toBeLessThan(64);
  await expect(summary.getByRole('link')).toHaveAttribute('href', /#\/arch\/tripleo-dcn\?cut=dcn0&t=10m$/);
  await info.attach('cut embed', { body: await page.screenshot(), contentType: 'image/png' });
});

const pages: { name: string; hash: string; link: string }[] = [
  { name: 'architecture', hash: '#/arch/kubeedge?cut=all&embed=1', link: 'Open in explorer ↗' },
  { name: 'compare', hash: '#/compare?left=kubeedge&right=airship&cut=all&embed=1', link: 'KubeEdge' },
  { name: 'matrix', hash: '#/matrix?embed=1', link: 'KubeEdge' },
  { name: 'present', hash: '#/present/airship?step=2&embed=1', link: '' },
  { name: 'requirement', hash: '#/req/autonomy?embed=1', link: '' },
];
for (const [{ name, hash, link }, tier] of sweep(pages, (p) => p.name === 'architecture')) {
  test(
    `${name} embed: no explorer chrome or selectors, links open the full explorer in a new tab`,
    tier,
    async ({ page, context }, info) => {
      await open(page, hash);
      await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
      await expect(page.getByRole('toolbar')).toHaveCount(0);
      await expect(page.locator('select:visible')).toHaveCount(0);
      await expect(page.getByRole('link', { name: '✕ Exit' })).toHaveCount(0);
      await expect(page.locator('base')).toHaveAttribute('target', '_blank');
      await info.attach(`${name} embed`, { body: await page.screenshot(), contentType: 'image/png' });
      const anchor = link
        ? page.getByRole('link', { name: link, exact: true }).first()
        : page.locator('a[href^="#/"], a[href^="http"]').first();
      if ((await anchor.count()) === 0) return;
      const before = page.url();
      const [opened] = await Promise.all([context.waitForEvent('page'), anchor.click()]);
      await opened.waitForLoadState();
      expect(page.url(), 'the embed stays where it was').toBe(before);
      expect(opened.url()).not.toContain('embed=1');
      await opened.close();
    },
  );
}

test('Share gives the link and an iframe snippet that embeds this view', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openGraph(page, '#/arch/airship?cut=edge-1');
  await page.getByTestId('share-button').click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('share-link')).toHaveValue(page.url());
  const snippet = await dialog.getByTestId('share-embed').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+embed=1" title="[^"]+" width="\d+" height="\d+" loading="lazy"/);
  await dialog.getByRole('button', { name: 'Copy' }).nth(1).click();
  await expect(dialog.getByTestId('share-embed-status')).toHaveText('✓ Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('share-button')).toBeFocused();

  // The snippet, pasted into a page, shows the embed, its labels readable (12 px or more on screen), on
  // what the link is about: the cut site's components in view.
  await hostPage(page, baseURL!, snippet.replace('<iframe ', '<iframe id="embed" '));
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('.react-flow__node-component').first()).toBeVisible();
  await expect(frame.getByTestId('embed-summary')).toContainText('Cut off:');
  await settled((await (await page.locator('#embed').elementHandle())!.contentFrame())!);
  const seen = await frame.locator('.react-flow__node-component').evaluateAll((nodes) => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const visible = nodes.filter((n) => {
      const r = n.getBoundingClientRect();
      return r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom;
    });
    const label = nodes[0]!.querySelector('[data-testid="node-label"]')!;
    return {
      font: parseFloat(getComputedStyle(label).fontSize) * zoom,
      visible: visible.map((n) => (n as HTMLElement).dataset.id!),
    };
  });
  expect(seen.font).toBeGreaterThanOrEqual(11.99);
  expect(seen.visible.some((id) => id.startsWith('edge-1'))).toBe(true);
});

for (const hash of ['#/compare?left=kubeedge&right=airship&cut=all', '#/matrix?sort=coverage']) {
  test(`Share on ${hash.split('?')[0]} gives this page's embed`, deep, async ({ page }) => {
    await open(page, hash);
    await page.getByTestId('share-button').click();
    const dialog = page.getByTestId('share-dialog');
    await expect(dialog.getByTestId('share-link')).toHaveValue(page.url());
    const snippet = await dialog.getByTestId('share-embed').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(src).toContain(hash.split('?')[0]);
    expect(src).toContain('embed=1');
    for (const part of hash.split('?')[1]!.split('&')) expect(src).toContain(part);
  });
}
