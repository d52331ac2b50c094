/**
 * The first picture (issue 25): a plain link to an architecture shows the diagram, pre-drawn at build
 * time, before the app's JavaScript has run; the live canvas then draws the same diagram in the same
 * place and the picture goes. The app's bundle is held back by the test to look at the page without it.
 */
import type { Page, Route } from '@playwright/test';
import { expect, settled, test } from './fixtures';
import { drawnBounds, pixelDifference } from './pixels';
import { tier } from './tiers';

/** Holds the app's entry script until `release()`: the page as it is before the JavaScript arrives. */
async function holdApp(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let open = false;
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => (open ? route.continue() : void held.push(route)));
  return async () => {
    open = true;
    await Promise.all(held.map((route) => route.continue()));
  };
}

type Box = { x: number; y: number; width: number; height: number };

const pictureBox = (page: Page) =>
  page.evaluate(() => {
    const img = document.getElementById('first-picture') as HTMLImageElement | null;
    if (!img?.complete || img.naturalWidth === 0) return null;
    const { x, y, width, height } = img.getBoundingClientRect();
    return { x, y, width, height };
  });

/** The box around every site and WAN hub the canvas drew (the diagram's top-level nodes). */
const liveBox = (page: Page) =>
  page.evaluate(() => {
    const tops = [...document.querySelectorAll('.react-flow__node')].filter(
      (n) => !n.parentElement?.closest('.react-flow__node') && !n.classList.contains('react-flow__node-component'),
    );
    const rects = tops.map((n) => n.getBoundingClientRect());
    const x = Math.min(...rects.map((r) => r.left));
    const y = Math.min(...rects.map((r) => r.top));
    return {
      x,
      y,
      width: Math.max(...rects.map((r) => r.right)) - x,
      height: Math.max(...rects.map((r) => r.bottom)) - y,
    };
  });

const cases = [
  { id: 'kubeedge', width: 1440, height: 900, theme: 'light', quick: true },
  { id: 'starlingx-distributed-cloud', width: 1280, height: 720, theme: 'projector', quick: false },
  { id: 'tripleo-dcn', width: 1920, height: 1080, theme: 'dark', quick: false },
  // Taller than 800 px: the projector theme's larger controls, a header of its own.
  { id: 'airship', width: 1366, height: 900, theme: 'projector', quick: false },
  { id: 'swift-global-cluster', width: 1280, height: 720, theme: 'light', quick: false },
] as const;

for (const { id, width, height, theme, quick } of cases) {
  test(
    `${id} at ${width}×${height} (${theme}): the diagram shows before the app runs, where the canvas then draws it`,
    tier(quick),
    async ({ page }) => {
      await page.setViewportSize({ width, height });
      const release = await holdApp(page);
      await page.goto(`./#/arch/${id}?theme=${theme}`, { waitUntil: 'commit' });
      await expect.poll(() => pictureBox(page)).not.toBeNull();
      // Nothing of the app has run: no top bar, no canvas.
      await expect(page.locator('#root')).toBeEmpty();
      const picture = (await pictureBox(page))!;
      const img = page.locator('#first-picture');
      // For the eyes only: out of the accessibility tree, and clicks go through it.
      await expect(img).toHaveAttribute('aria-hidden', 'true');
      await expect(img).toHaveAttribute('alt', '');
      expect(await img.evaluate((e) => getComputedStyle(e).pointerEvents)).toBe('none');
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${theme}\\b`));
      // The picture is really drawn: the screenshot has a diagram inside the picture's box and nothing outside.
      const before = await page.screenshot();
      const drawn = await drawnBounds(page, before);
      expect(drawn.right - drawn.left).toBeGreaterThan(picture.width * 0.9);
      expect(drawn.left).toBeGreaterThanOrEqual(Math.floor(picture.x) - 1);
      expect(drawn.top).toBeGreaterThanOrEqual(Math.floor(picture.y) - 1);
      expect(drawn.bottom).toBeLessThanOrEqual(Math.ceil(picture.y + picture.height) + 1);

      await release();
      await expect(page.locator('.react-flow__node-component').first()).toBeVisible();
      await settled(page);
      // The canvas drew the same diagram in the same place, and the picture is gone.
      await expect(img).toHaveCount(0);
      const live: Box = await liveBox(page);
      for (const key of ['x', 'y', 'width', 'height'] as const)
        expect(Math.abs(live[key] - picture[key]), key).toBeLessThan(1.5);
      // And it looks the same there (the picture's text is set in a fallback font: blocks of 16 px).
      const clip = { x: picture.x, y: picture.y, width: picture.width, height: picture.height };
      const after = await page.screenshot({ clip });
      const difference = await pixelDifference(page, await cropped(page, before, clip), after, {
        block: 16,
        tolerance: 60,
      });
      expect(difference).toBeLessThan(0.1);
    },
  );
}

/** `png` cut to `clip`, re-encoded by the browser (the screenshots share one scale). */
async function cropped(page: Page, png: Buffer, clip: Box): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([data, x, y, w, h]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(Math.round(w), Math.round(h));
      canvas.getContext('2d')!.drawImage(image, x, y, w, h, 0, 0, Math.round(w), Math.round(h));
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return btoa(text);
    },
    [png.toString('base64'), clip.x, clip.y, clip.width, clip.height] as const,
  );
  return Buffer.from(base64, 'base64');
}

test('a link that asks for more than the plain diagram, a phone and other pages show no pre-drawn picture', async ({
  page,
}) => {
  const release = await holdApp(page);
  // The boot script (deferred) has run once the document is parsed and DOMContentLoaded has fired.
  await page.addInitScript({
    content: "document.addEventListener('DOMContentLoaded', function () { window.parsed = true; });",
  });
  const pictured = async (hash: string) => {
    await page.goto('about:blank');
    await page.goto(`./${hash}`, { waitUntil: 'commit' });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { parsed?: boolean }).parsed === true))
      .toBe(true);
    return page.evaluate(() => document.getElementById('first-picture') !== null);
  };
  expect(await pictured('#/arch/kubeedge'), 'the plain link, as a control').toBe(true);
  for (const hash of ['#/arch/kubeedge?cut=all', '#/arch/kubeedge?node=cloudhub', '#/board', '#/arch/nope'])
    expect(await pictured(hash), hash).toBe(false);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await pictured('#/arch/kubeedge'), 'a phone').toBe(false);
  await release();
});
