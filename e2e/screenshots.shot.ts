/** The README's screenshots: phone, laptop and projector sizes, from the built site. */
import { test } from '@playwright/test';
import { settled } from './fixtures';
import { OG_IMAGE, OG_IMAGE_SIZE } from '../src/build/openGraph';

const shots: { name: string; hash: string; width: number; height: number }[] = [
  { name: 'home', hash: '#/', width: 1280, height: 800 },
  { name: 'architecture', hash: '#/arch/tripleo-dcn?node=dcn0-nova-compute', width: 1280, height: 720 },
  { name: 'cut', hash: '#/arch/tripleo-dcn?cut=dcn0', width: 1280, height: 720 },
  { name: 'compare', hash: '#/compare?cut=all', width: 1280, height: 720 },
  { name: 'matrix', hash: '#/matrix', width: 1280, height: 720 },
  { name: 'present', hash: '#/present/starlingx-distributed-cloud?step=4&theme=projector', width: 1920, height: 1080 },
  { name: 'phone', hash: '#/arch/kubeedge?cut=edge-node-1&node=edge-node-1-edgehub', width: 390, height: 844 },
  { name: 'fleet', hash: '#/arch/starlingx-distributed-cloud?sites=1000&cut=random:30', width: 1280, height: 720 },
];

for (const shot of shots) {
  test(shot.name, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: 'light' });
    await page.goto(`./${shot.hash}`);
    await page.waitForLoadState('networkidle');
    await settled(page);
    await page.screenshot({ path: `e2e/screenshots/${shot.name}.png` });
    await page.close();
  });
}

/**
 * The link preview's picture (src/build/openGraph.ts): the site's name over the diagram the build pre-drew
 * for TripleO, as the canvas first shows it, with the site's own style sheet and font.
 */
test('og-image', async ({ browser, baseURL }) => {
  const page = await browser.newPage({ viewport: OG_IMAGE_SIZE, colorScheme: 'light' });
  // Inlined: the site's server allows its files to be read by its own pages only.
  const get = async (path: string) => (await page.request.get(new URL(path, baseURL).href)).body();
  const index = (await get('./')).toString();
  const sheetPath = /<link rel="stylesheet"[^>]*href="([^"]+)"/.exec(index)![1]!;
  let sheet = (await get(sheetPath)).toString();
  for (const [found, file] of sheet.matchAll(/url\(\.\/([^)]+\.woff2)\)/g))
    sheet = sheet.replace(
      found,
      `url(data:font/woff2;base64,${(await get(new URL(file!, new URL(sheetPath, baseURL)).href)).toString('base64')})`,
    );
  const picture = `data:image/svg+xml;base64,${(await get('first/tripleo-dcn.light.svg')).toString('base64')}`;
  await page.setContent(`<!doctype html>
<html lang="en" class="light">
<head><style>${sheet}</style><style>
  body { margin: 0; width: ${OG_IMAGE_SIZE.width}px; height: ${OG_IMAGE_SIZE.height}px; display: flex;
    flex-direction: column; background: var(--bg); color: var(--text); font-family: Inter, sans-serif; }
  header { padding: 28px 40px 8px; }
  h1 { margin: 0; font-size: 46px; font-weight: 700; letter-spacing: -0.01em; }
  p { margin: 6px 0 0; font-size: 23px; color: var(--muted); }
  main { flex: 1; min-height: 0; display: flex; align-items: center; justify-content: center; padding: 8px 24px 20px; }
  img { max-width: 100%; max-height: 100%; }
</style></head>
<body>
  <header><h1>Edge Architecture Explorer</h1>
  <p>The OpenInfra Edge Computing Group reference architectures as interactive graphs</p></header>
  <main><img alt="" src="${picture}"></main>
</body></html>`);
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `public/${OG_IMAGE}` });
  await page.close();
});
