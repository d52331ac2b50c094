import type { Page } from '@playwright/test';
import { expect, openGraph, settled, test } from './fixtures';
import { architectureIds, architectures, componentsOn, edgeSites, firstSentence } from './data';
import { pixelDifference } from './pixels';
import { tier, deep } from './tiers';

const statusOf = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"] .component-card`);

for (const id of architectureIds) {
  const arch = architectures[id]!;
  const [site] = edgeSites(arch);
  const members = componentsOn(arch, site!.id);

  test(
    `${id}: cutting one edge site shows each of its components' data status, and the summary says what still works`,
    tier(id === 'tripleo-dcn'),
    async ({ page }, info) => {
      await openGraph(page, `#/arch/${id}`);
      await page
        .locator(`[data-site="${site!.id}"]`)
        .getByRole('button', { name: `Cut the WAN link of ${site!.name}` })
        .click();
      await expect(page).toHaveURL(new RegExp(`cut=${site!.id}(&|$)`));
      for (const c of members)
        await expect(statusOf(page, c.id), c.id).toHaveAttribute('data-status', c.disconnected.status);
      // Other edge sites stay normal.
      for (const other of edgeSites(arch).slice(1))
        for (const c of componentsOn(arch, other.id))
          await expect(statusOf(page, c.id)).toHaveAttribute('data-status', 'connected');
      const summary = page.getByTestId('cut-site');
      await expect(summary).toHaveCount(1);
      const count = (s: string) => members.filter((c) => c.disconnected.status === s).length;
      await expect(summary.getByTestId('cut-site-counts')).toHaveText(
        `✓ ${count('operational')} operational · ◐ ${count('degraded')} degraded · ✕ ${count('unavailable')} unavailable`,
      );
      for (const c of members) await expect(summary).toContainText(firstSentence(c.disconnected.impact));
      await expect(page.locator(`[data-testid="wan-hub"][data-severed="true"]`)).toHaveCount(1);
      await info.attach(`${id} cut`, { body: await page.screenshot(), contentType: 'image/png' });
    },
  );

  test(
    `${id}: ?cut=all permalink cuts every edge site; restoring tells the reconnect story, then returns to normal`,
    tier(id === 'starlingx-distributed-cloud'),
    async ({ page }) => {
      await openGraph(page, `#/arch/${id}?cut=all`);
      const edges = edgeSites(arch);
      await expect(page.getByTestId('cut-site')).toHaveCount(edges.length);
      for (const c of arch.components.filter((member) => edges.some((s) => s.id === member.site)))
        await expect(statusOf(page, c.id)).toHaveAttribute('data-status', c.disconnected.status);
      await page.getByRole('button', { name: '⟲ Restore all', exact: true }).click();
      const story = page.getByTestId('reconnect-panel');
      await expect(story).toBeVisible();
      for (const c of componentsOn(arch, edges[0]!.id)) await expect(story).toContainText(c.disconnected.reconnect);
      await expect(page).not.toHaveURL(/cut=/);
      for (const c of arch.components) await expect(statusOf(page, c.id)).toHaveAttribute('data-status', 'connected');
      // The story is in the link: a receiver reads the same one.
      await expect(page).toHaveURL(/[?&]back=/);
      const receiver = await page.context().newPage();
      await receiver.goto(page.url());
      await expect(receiver.getByTestId('reconnect-panel')).toContainText(
        componentsOn(arch, edges[0]!.id)[0]!.disconnected.reconnect,
      );
      await receiver.close();
      await story.getByRole('button', { name: '✕ Close the story' }).click();
      await expect(story).toBeHidden();
      await expect(page).not.toHaveURL(/back=/);
    },
  );
}

test('a WAN link is cut and restored from the keyboard', async ({ page }) => {
  const arch = architectures['tripleo-dcn']!;
  const site = edgeSites(arch)[1]!;
  await openGraph(page, '#/arch/tripleo-dcn');
  await page.locator(`.react-flow__node[data-id="wan:${site.id}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`cut=${site.id}$`));
  await expect(page.locator(`.react-flow__node[data-id="wan:${site.id}"] [data-testid="wan-hub"]`)).toHaveAttribute(
    'data-severed',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/cut=/);
});

test('cutting by clicking the WAN link hub, then several sites, reads back as all', deep, async ({ page }) => {
  const arch = architectures['starlingx-distributed-cloud']!;
  // A window where the cut summary leaves every hub in view: at 1280×720 the view zooms to the cut site
  // at a readable size and the panel covers the next site's hub (diagram.spec.ts checks that framing).
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openGraph(page, `#/arch/${arch.id}`);
  for (const site of edgeSites(arch)) await page.locator(`.react-flow__node[data-id="wan:${site.id}"]`).click();
  await expect(page).toHaveURL(/\?cut=all$/);
  // Back undoes the last click: every site but the last.
  await page.goBack();
  const before = edgeSites(arch).slice(0, -1);
  await expect(page).toHaveURL(new RegExp(`cut=${before.map((s) => s.id).join(',')}$`));
});

test('?cut=central fails the central site: central components down, each edge site keeps what its data says', async ({
  page,
}, info) => {
  const arch = architectures['starlingx-distributed-cloud']!;
  await openGraph(page, `#/arch/${arch.id}?cut=central`);
  for (const c of arch.components) {
    const central = arch.sites.find((s) => s.id === c.site)!.kind === 'central';
    await expect(statusOf(page, c.id)).toHaveAttribute('data-status', central ? 'unavailable' : c.disconnected.status);
  }
  await expect(page.getByTestId('cut-summary').getByRole('heading', { level: 2 })).toHaveText('Central site failed');
  await info.attach('central failed', { body: await page.screenshot(), contentType: 'image/png' });
});

test('the panel of a selected component under a cut says why it has its status', async ({ page }) => {
  const arch = architectures.kubeedge!;
  const site = edgeSites(arch)[0]!;
  const c = componentsOn(arch, site.id)[0]!;
  await openGraph(page, `#/arch/kubeedge?cut=${site.id}&node=${c.id}`);
  const why = page.getByTestId('why-status');
  await expect(why).toContainText(`${site.name} is cut off from the central site`);
  await expect(why.locator('[data-status]')).toHaveAttribute('data-status', c.disconnected.status);
});

test('compare: TripleO DCN against StarlingX by default, the same cut on both, a summary per model', async ({
  page,
}, info) => {
  await openGraph(page, '#/compare?cut=all');
  const sides = page.getByTestId('compare-side');
  await expect(sides).toHaveCount(2);
  await expect(sides.nth(0)).toHaveAttribute('data-arch', 'tripleo-dcn');
  await expect(sides.nth(1)).toHaveAttribute('data-arch', 'starlingx-distributed-cloud');
  for (const [i, id] of ['tripleo-dcn', 'starlingx-distributed-cloud'].entries()) {
    const arch = architectures[id]!;
    const first = componentsOn(arch, edgeSites(arch)[0]!.id);
    const keeps = first.filter((c) => c.disconnected.status !== 'unavailable').length;
    await expect(sides.nth(i).getByTestId('compare-summary')).toContainText(
      `✓ ${first.filter((c) => c.disconnected.status === 'operational').length} keep working`,
    );
    await expect(sides.nth(i).locator('ul').first().locator('li')).toHaveCount(keeps);
  }
  await info.attach('compare', { body: await page.screenshot(), contentType: 'image/png' });
  await page.getByTestId('compare-right').selectOption('kubeedge');
  await expect(page).toHaveURL(/#\/compare\?right=kubeedge&cut=all$/);
  await page.getByRole('button', { name: '✕ Central site failed' }).click();
  await expect(page).toHaveURL(/cut=central$/);
});

test('the home page links its model section to the comparison', deep, async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('link', { name: /Compare the two models/ }).click();
  await expect(page).toHaveURL(/#\/compare\?cut=all$/);
  await expect(page.getByTestId('compare-side')).toHaveCount(2);
});

/** A point inside the tiles one of the fleet's paths fills (scanned on a grid), in screen pixels, on top. */
function pointIn(page: Page, testId: 'fleet-connected' | 'fleet-cut') {
  return page.getByTestId('fleet-overview').evaluate((svg: SVGSVGElement, id) => {
    const tiles = svg.querySelector<SVGPathElement>(`[data-testid="${id}"]`)!;
    const { width, height } = svg.getBBox();
    const [dx, dy] = [width / 480, height / 240];
    const inside = (x: number, y: number) => tiles.isPointInFill(new DOMPoint(x, y));
    for (let y = 0; y < height; y += dy)
      for (let x = 0; x < width; x += dx) {
        // Well inside a tile, not on its edge.
        if (
          ![
            [0, 0],
            [-2, 0],
            [2, 0],
            [0, -2],
            [0, 2],
          ].every(([i, j]) => inside(x + i! * dx, y + j! * dy))
        )
          continue;
        const screen = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
        // One the reader can point at: not under the legend or the zoom buttons.
        if (document.elementFromPoint(screen.x, screen.y) !== tiles) continue;
        return { x: screen.x, y: screen.y };
      }
    return null;
  }, testId);
}

test('a fleet seen from afar: a click on a tile cuts that site and draws it hatched; a second click restores it', async ({
  page,
}) => {
  await page.goto('./#/arch/starlingx-distributed-cloud?sites=1000');
  const fleet = page.getByTestId('fleet-overview');
  await expect(fleet).toHaveAttribute('data-tiles', '1000');
  await expect(fleet).toHaveAttribute('data-cut-count', '0');
  const tile = (await pointIn(page, 'fleet-connected'))!;
  expect(tile).not.toBeNull();
  await page.mouse.move(tile.x, tile.y);
  await expect(fleet.locator('title')).toHaveText(/^Edge site \d+: connected \(click to cut\)$/);
  await page.mouse.click(tile.x, tile.y);
  await expect(fleet).toHaveAttribute('data-cut-count', '1');
  await expect(page).toHaveURL(/cut=fleet-\d+(&|$)/);

  // The cut summary opens over the canvas and the fleet is fitted again beside it: find the one cut tile anew.
  await expect(page.getByTestId('cut-site')).toHaveCount(1);
  const cutTile = (await pointIn(page, 'fleet-cut'))!;
  expect(cutTile).not.toBeNull();
  // The tooltip follows the tile's state.
  await page.mouse.move(cutTile.x, cutTile.y);
  await expect(fleet.locator('title')).toHaveText(/^Edge site \d+: cut off \(click to restore\)$/);
  const clip = { x: cutTile.x - 5, y: cutTile.y - 5, width: 10, height: 10 };
  const hatched = await page.screenshot({ clip });
  await page.mouse.click(cutTile.x, cutTile.y);
  await expect(fleet).toHaveAttribute('data-cut-count', '0');
  await expect(page).not.toHaveURL(/cut=/);
  expect(await pointIn(page, 'fleet-cut')).toBeNull();
  // The tile is drawn again as connected: most of its pixels changed back.
  expect(await pixelDifference(page, hatched, await page.screenshot({ clip }))).toBeGreaterThan(0.3);
});

test('a fleet between the far view and the components names the tiles on screen, readable, and follows a pan', async ({
  page,
}) => {
  await page.goto('./#/arch/starlingx-distributed-cloud?sites=1000');
  const fleet = page.getByTestId('fleet-overview');
  await expect(fleet).toHaveAttribute('data-tiles', '1000');
  // Fitted, a thousand tiles are too small to carry a readable name: none is drawn.
  await settled(page);
  await expect(fleet.locator('text')).toHaveCount(0);

  await page.goto('./#/arch/starlingx-distributed-cloud?sites=1000&view=0,0,0.2');
  await expect(fleet).toHaveAttribute('data-tiles', '1000');
  await settled(page);
  const names = () =>
    fleet.evaluate((svg: SVGSVGElement) => {
      const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].map((text) => {
        const box = text.getBoundingClientRect();
        const onScreen =
          box.right > pane.left && box.left < pane.right && box.bottom > pane.top && box.top < pane.bottom;
        const size = Number(text.getAttribute('font-size')) * svg.getScreenCTM()!.a;
        return { name: text.textContent!, size, onScreen };
      });
    });
  const first = await names();
  // Each name is on screen, at least 10 px tall there; a screenful, not a thousand.
  expect(first.length).toBeGreaterThan(20);
  expect(first.length).toBeLessThan(200);
  expect(first.every((n) => n.onScreen)).toBe(true);
  expect(Math.min(...first.map((n) => n.size))).toBeGreaterThanOrEqual(10);
  expect(first.map((n) => n.name)).toContain('Edge site 1');
  // In the theme's text colour (an undefined variable drew them black, unreadable in the dark theme).
  const [fill, text] = await fleet
    .locator('text')
    .first()
    .evaluate((name) => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--text)';
      document.body.append(probe);
      const colours = [getComputedStyle(name).fill, getComputedStyle(probe).color];
      probe.remove();
      return colours;
    });
  expect(fill).toBe(text);

  // Dragged a screen to the left: the tiles that came into view are named, those that left are not.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width - 40, pane.y + pane.height / 2);
  await page.mouse.down();
  await page.mouse.move(pane.x + 40, pane.y + pane.height / 2, { steps: 8 });
  await page.mouse.up();
  await settled(page);
  const after = await names();
  expect(after.every((n) => n.onScreen)).toBe(true);
  expect(after.map((n) => n.name)).not.toContain('Edge site 1');
  expect(after.some((n) => !first.some((f) => f.name === n.name))).toBe(true);
});

test(
  'a fleet zoomed in just past the tiles stays drawn as components when a selection opens the panel',
  deep,
  async ({ page }) => {
    await page.goto('./#/arch/starlingx-distributed-cloud?sites=1000');
    await expect(page.getByTestId('fleet-overview')).toHaveAttribute('data-tiles', '1000');
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    // The wheel, step by step, to the first view past the tiles' zoom (45 %): sites become components.
    const zoom = () =>
      page
        .locator('.react-flow__viewport')
        .evaluate((viewport) => new DOMMatrix(getComputedStyle(viewport).transform).a);
    // Each step waits for the zoom it makes, so the loop stops at the first view past 45 %, not beyond.
    let now = await zoom();
    for (let step = 0; step < 60 && now < 0.45; step++) {
      await page.mouse.wheel(0, -120);
      const before = now;
      await expect.poll(zoom).toBeGreaterThan(before);
      now = await zoom();
    }
    await settled(page);
    expect(await zoom()).toBeLessThan(0.45 * 1.25);
    const components = page.locator('.react-flow__node-component[data-id^="fleet-"]');
    await expect(components.first()).toBeAttached();
    const id = (await components.first().getAttribute('data-id'))!;
    // The panel opens over the canvas: the view keeps its zoom, so the sites stay components.
    await components.first().dispatchEvent('click');
    await expect(page.getByTestId('details-panel')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`node=${id}(&|$)`));
    await settled(page);
    await expect(page.getByTestId('fleet-overview')).toHaveCount(0);
    await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('details-panel')).toHaveCount(0);
    await expect(page.getByTestId('fleet-overview')).toHaveCount(0);
  },
);
