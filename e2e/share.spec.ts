import type { Page } from '@playwright/test';
import { expect, open, openGraph, settled, test } from './fixtures';
import { architectureIds, architectures, edgeSites } from './data';
import { pixelDifference } from './pixels';
import { deep, sweep } from './tiers';

/** The picture of the diagram, with no hover or focus ring, so two browsers can compare what they show. */
async function graphShot(page: Page): Promise<Buffer> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await settled(page);
  return page.getByTestId('graph').screenshot({ animations: 'disabled' });
}

test('a permalink reopens exactly the view: architecture, selection, cut, viewport and theme', async ({
  page,
  browser,
}, info) => {
  const arch = architectures['tripleo-dcn']!;
  const site = edgeSites(arch)[0]!;
  const node = arch.components.find((c) => c.site === site.id)!;
  await openGraph(page, '#/arch/tripleo-dcn');
  await page.getByTestId('theme-select').selectOption('dark');
  await page.locator(`.react-flow__node[data-id="${node.id}"]`).click();
  await page.locator(`.react-flow__node[data-id="wan:${site.id}"]`).click();
  // Pan by dragging the empty pane, then zoom with the wheel.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + 8);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width / 2 + 60, pane.y + 40, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/view=-?\d+,-?\d+,[\d.]+x/);
  const url = page.url();
  expect(url).toContain(`node=${node.id}`);
  expect(url).toContain(`cut=${site.id}`);
  expect(url).toContain('theme=dark');
  const sent = await graphShot(page);

  const receiver = await browser.newPage({ viewport: page.viewportSize()! });
  await receiver.goto(url);
  await expect(receiver.locator('.react-flow__node-component').first()).toBeVisible();
  await expect(receiver.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(node.name);
  const received = await graphShot(receiver);
  await info.attach('sender', { body: sent, contentType: 'image/png' });
  await info.attach('receiver', { body: received, contentType: 'image/png' });
  // Same pixels, give or take anti-aliasing.
  expect(await pixelDifference(page, sent, received)).toBeLessThan(0.002);
  await receiver.close();
});

for (const link of [
  '#/present/starlingx-distributed-cloud?cut=subcloud1&step=5',
  '#/arch/tripleo-dcn?sites=100&cut=random:30&seed=4&view=-300,-200,0.5',
  '#/arch/kubeedge?cut=central&node=cloudhub&theme=projector',
]) {
  test(`a permalink opened twice shows the same picture: ${link}`, deep, async ({ page, browser }) => {
    // Two browsers drawing a fleet of 100, beside another worker: past 30 s on a busy run.
    test.slow();
    const shoot = async (target: Page) => {
      await target.goto(`./${link}`);
      await expect(target.locator('.react-flow__node').first()).toBeVisible();
      // Edges are drawn once their nodes are measured: the picture is complete when they are there.
      await expect(target.locator('[data-testid="edge-layer"] g.edge').first()).toBeAttached();
      await target.waitForLoadState('networkidle');
      await target.mouse.move(0, 0);
      await settled(target);
      return target.locator('.react-flow').first().screenshot({ animations: 'disabled' });
    };
    const sent = await shoot(page);
    const receiver = await browser.newPage({ viewport: page.viewportSize()! });
    const received = await shoot(receiver);
    expect(await pixelDifference(page, sent, received)).toBeLessThan(0.002);
    expect(receiver.url()).toBe(page.url());
    await receiver.close();
  });
}

test('Back and Forward walk through selections and cuts; pan and zoom do not add history entries', async ({ page }) => {
  const arch = architectures.kubeedge!;
  const [a, b] = arch.components;
  await openGraph(page, '#/arch/kubeedge');
  await page.locator(`.react-flow__node[data-id="${a!.id}"]`).click();
  await page.locator(`.react-flow__node[data-id="${b!.id}"]`).click();
  await page.getByRole('button', { name: 'Cut all edge sites', exact: true }).click();
  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.mouse.wheel(0, -200);
  await settled(page);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  await expect(page).not.toHaveURL(/cut=/);
  await expect(page).toHaveURL(new RegExp(`node=${b!.id}`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`node=${a!.id}`));
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`node=${b!.id}`));
  await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(b!.name);
});

test('Copy link copies the current permalink and confirms it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openGraph(page, '#/arch/airship?cut=all');
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link')).toHaveText('✓ Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

/** A link, what it should say, and where: in a notice above the page, or as the page's own "not found" heading. */
const staleLinks: [string, RegExp, string, 'notice' | 'page'][] = [
  ['#/arch/openstack-classic', /was not found/, 'unknown architecture', 'page'],
  [
    '#/arch/kubeedge?node=no-such-thing',
    /Component "no-such-thing" is not part of KubeEdge; nothing is selected/,
    'unknown component',
    'notice',
  ],
  ['#/req/teleportation', /was not found/, 'unknown requirement', 'page'],
  ['#/arch/tripleo-dcn?cut=dcn9', /Site "dcn9" is not part of .*; left connected/, 'unknown site', 'notice'],
  ['#/arch/tripleo-dcn?view=abc', /view "abc" is not a view .*; the diagram is fitted/, 'malformed view', 'notice'],
  ['#/present/kubeedge?step=99', /Step 99 does not exist/, 'step past the end', 'notice'],
  ['#/%%%/<script>', /There is no page at/, 'garbage', 'notice'],
  ['#/arch/kubeedge?utm_source=mail', /unknown parameter "utm_source"/, 'unknown parameter', 'notice'],
  ['#/compare?left=nope', /There is no architecture "nope" to compare/, 'unknown compare side', 'notice'],
];
for (const [[hash, message, what, where], tier] of sweep(staleLinks, (stale) =>
  ['unknown component', 'garbage'].includes(stale[2]),
)) {
  test(`a stale link (${what}) opens a usable page with a clear notice`, tier, async ({ page }) => {
    await open(page, hash);
    if (where === 'notice') await expect(page.getByTestId('notices')).toContainText(message);
    else await expect(page.getByRole('heading', { level: 1 })).toContainText(message);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link').first()).toBeVisible();
  });
}

for (const [id, tier] of sweep(architectureIds, ['airship'])) {
  test(`${id}: the whole tour runs from the keyboard`, tier, async ({ page }, info) => {
    const tour = architectures[id]!.tour!;
    await openGraph(page, `#/present/${id}`);
    const counter = page.getByTestId('step-counter');
    for (let step = 1; step <= tour.length; step++) {
      await expect(counter).toContainText(`Step ${step} of ${tour.length}`);
      await expect(page.locator('#step-title')).toHaveText(tour[step - 1]!.title);
      await expect(page).toHaveURL(step === 1 ? /#\/present\/[a-z-]+(\?|$)/ : new RegExp(`step=${step}`));
      for (const focus of tour[step - 1]!.focus)
        await expect(page.locator(`.react-flow__node[data-id="${focus}"]`)).toHaveClass(/\bis-focus\b/);
      const cut = tour[step - 1]!.cut;
      if (cut === 'central') await expect(page).toHaveURL(/cut=central/);
      else if (cut === 'all') await expect(page).toHaveURL(/cut=all/);
      else if (Array.isArray(cut)) await expect(page).toHaveURL(new RegExp(`cut=${cut.join(',')}`));
      else await expect(page).not.toHaveURL(/cut=/);
      if (step === 1 || step === tour.length)
        await info.attach(`${id} step ${step}`, { body: await page.screenshot(), contentType: 'image/png' });
      // A step whose components do not fit one screen at a legible zoom is shown in parts: Next pans through them first.
      const parts = Number(await page.getByTestId('presentation').getAttribute('data-parts'));
      for (let part = 1; part <= parts; part++) {
        if (step === tour.length && part === parts) break;
        await expect(page.getByTestId('presentation')).toHaveAttribute('data-part', String(part));
        await page.keyboard.press(step % 2 ? 'ArrowRight' : 'PageDown');
      }
    }
    await expect(counter).toContainText(`Step ${tour.length} of ${tour.length}`);
    await page.keyboard.press('Home');
    await expect(counter).toContainText(`Step 1 of ${tour.length}`);
    await page.keyboard.press('End');
    await expect(counter).toContainText(`Step ${tour.length} of`);
    // End shows the last step's last part; Back pans through its parts, then goes to the step before.
    const presentation = page.getByTestId('presentation');
    const parts = Number(await presentation.getAttribute('data-parts'));
    for (let part = parts; part >= 1; part--) {
      await expect(presentation).toHaveAttribute('data-part', String(part));
      await page.keyboard.press('PageUp');
    }
    await expect(counter).toContainText(`Step ${tour.length - 1} of`);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`#/arch/${id}`));
  });
}

test('embed mode: minimal chrome and an "open in explorer" link to the full permalink', async ({ page }, info) => {
  await openGraph(page, '#/arch/kubeedge?cut=all&embed=1');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  const link = page.getByRole('link', { name: 'Open in explorer ↗' });
  await expect(link).toHaveAttribute('href', /#\/arch\/kubeedge\?cut=all$/);
  await expect(link).toHaveAttribute('target', '_blank');
  await info.attach('embed', { body: await page.screenshot(), contentType: 'image/png' });
});

test('the built site works from a sub-path and loads nothing from another host', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openGraph(page, '#/arch/tripleo-dcn');
  expect(new URL(baseURL!).pathname).toBe('/explorer/');
  expect(requests.length).toBeGreaterThan(2);
  for (const url of requests)
    expect(url.startsWith(new URL(baseURL!).origin + '/explorer/') || url.startsWith('data:')).toBe(true);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
});
