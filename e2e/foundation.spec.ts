import { expect, open, openGraph, test } from './fixtures';
import { architectureIds as ids, architectures as data, models } from './data';
import { sweep, deep } from './tiers';
import { drawnBounds } from './pixels';

test('home lists every architecture from the data with its model', async ({ page }) => {
  await open(page, '#/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edge computing reference architectures');
  const cards = page.getByTestId('architecture-card');
  await expect(cards).toHaveCount(ids.length);
  for (const [index, id] of ids.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole('link', { name: data[id]!.name })).toBeVisible();
    await expect(card).toContainText(models.find((m) => m.id === data[id]!.model)!.name);
  }
});

for (const [id, tier] of sweep(ids, ['starlingx-distributed-cloud'])) {
  test(`#/arch/${id} shows every site and component of the data`, tier, async ({ page }) => {
    await openGraph(page, `#/arch/${id}`);
    const arch = data[id]!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(arch.name);
    const components = page.locator('.react-flow__node-component');
    await expect(components).toHaveCount(arch.components.length);
    for (const site of arch.sites) await expect(page.locator(`[data-site="${site.id}"]`).first()).toBeVisible();
    // The About panel lists the same components as text, for keyboard and screen-reader users.
    await page.getByRole('button', { name: 'About', exact: true }).click();
    const list = page.getByRole('navigation', { name: 'Sites and components' });
    const names = arch.components.map((c) => c.name);
    for (const name of new Set(names))
      await expect(list.getByRole('button', { name, exact: true })).toHaveCount(names.filter((n) => n === name).length);
  });
}

test('a link to the site previews as its name, description and a 1200×630 picture of a diagram', async ({
  page,
  request,
}) => {
  await open(page, '#/');
  const og = (name: string) => page.locator(`meta[property="${name}"]`).getAttribute('content');
  expect(await og('og:title')).toBe(await page.title());
  expect(await og('og:description')).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  const image = await request.get(new URL((await og('og:image'))!, page.url()).href);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  const drawn = await drawnBounds(page, await image.body());
  expect([drawn.width, drawn.height]).toEqual([
    Number(await og('og:image:width')),
    Number(await og('og:image:height')),
  ]);
  expect([drawn.width, drawn.height]).toEqual([1200, 630]);
  // A picture filled edge to edge with a title and a diagram, not an empty card.
  expect(drawn.right - drawn.left).toBeGreaterThan(1000);
  expect(drawn.bottom - drawn.top).toBeGreaterThan(550);
});

test('a card on the home page opens its architecture', deep, async ({ page }) => {
  await open(page, '#/');
  await page.getByTestId('architecture-card').getByRole('link', { name: data.kubeedge!.name }).click();
  await expect(page).toHaveURL(/#\/arch\/kubeedge$/);
  await expect(page.locator('.react-flow__node-component')).toHaveCount(data.kubeedge!.components.length);
});

test('an unknown architecture shows a not-found page with the list', deep, async ({ page }) => {
  await open(page, '#/arch/openstack-classic');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('was not found');
  await expect(page.getByRole('link', { name: data.airship!.name })).toBeVisible();
});

test(
  'a diagram link fetches its architecture and its font beside the main bundle, not after it',
  deep,
  async ({ page }) => {
    for (const id of ['kubeedge', 'airship']) {
      await page.goto('about:blank');
      await page.goto(`./#/arch/${id}`);
      await expect(page.locator('.react-flow__node-component').first()).toBeVisible();
      const timing = await page.evaluate((arch) => {
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const main = entries.find((e) => /\/assets\/index-[\w-]+\.js$/.test(e.name))!;
        const graph = entries.find((e) => new RegExp(`/assets/${arch}-[\\w-]+\\.js$`).test(e.name))!;
        const font = entries.find((e) => /inter-latin-600-normal-[\w-]+\.woff2$/.test(e.name))!;
        return { main: main.responseEnd, graph: graph.startTime, font: font.startTime };
      }, id);
      // Requested before the main bundle had even arrived (so before it could run and ask for them).
      expect(timing.graph).toBeLessThan(timing.main);
      expect(timing.font).toBeLessThan(timing.main);
    }
  },
);
