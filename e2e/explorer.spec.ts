import { expect, open, openGraph, test } from './fixtures';
import { architectureIds, architectures, requirements } from './data';
import { deep } from './tiers';

const kube = architectures.kubeedge!;
const anyComponent = kube.components.find((c) => c.site !== kube.sites.find((s) => s.kind === 'central')!.id)!;

test('clicking a component opens its details: role, site, requirements, disconnect and reconnect, sources, links', async ({
  page,
}, info) => {
  await openGraph(page, '#/arch/kubeedge');
  await page.locator(`.react-flow__node[data-id="${anyComponent.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`node=${anyComponent.id}`));
  const panel = page.getByTestId('details-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(anyComponent.name);
  await expect(panel).toContainText(anyComponent.role);
  await expect(panel.getByTestId('impact')).toHaveText(anyComponent.disconnected.impact);
  await expect(panel.getByTestId('reconnect')).toHaveText(anyComponent.disconnected.reconnect);
  for (const id of anyComponent.requirements) {
    const title = requirements.find((r) => r.id === id)!.title;
    await expect(panel.getByRole('link', { name: title })).toHaveAttribute('href', `#/req/${id}`);
  }
  for (const source of anyComponent.sources)
    await expect(panel.getByTestId('sources').getByRole('link', { name: source.title })).toHaveAttribute(
      'href',
      source.url,
    );
  // What it tolerates on a slow WAN and does while its site is upgraded, in the data's words.
  const latency = anyComponent.latency;
  if (latency?.note) await expect(panel.getByTestId('slow-wan')).toContainText(latency.note);
  for (const t of latency?.thresholds ?? []) await expect(panel.getByTestId('slow-wan')).toContainText(t.change);
  if (!latency?.thresholds) await expect(panel.getByTestId('no-threshold')).toBeVisible();
  if (anyComponent.upgrade) await expect(panel.getByTestId('upgrade')).toContainText(anyComponent.upgrade.change);
  await info.attach('details panel', { body: await page.screenshot(), contentType: 'image/png' });
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/node=/);
});

test('Enter on a focused component selects it', async ({ page }) => {
  await openGraph(page, '#/arch/tripleo-dcn');
  const target = architectures['tripleo-dcn']!.components[3]!;
  await page.locator(`.react-flow__node[data-id="${target.id}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(target.name);
});

test('?node= opens the panel, and links in the panel move the selection', async ({ page }) => {
  const arch = architectures['starlingx-distributed-cloud']!;
  const link = arch.links[0]!;
  await openGraph(page, `#/arch/${arch.id}?node=${link.from}`);
  const panel = page.getByTestId('details-panel');
  const target = arch.components.find((c) => c.id === link.to)!;
  await panel.getByRole('button', { name: target.name, exact: true }).first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.name);
  await page.goBack();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    arch.components.find((c) => c.id === link.from)!.name,
  );
});

test('a requirement page lists the components that serve it, grouped by architecture, and links back into the graph', async ({
  page,
}, info) => {
  const requirement = requirements.find((r) => r.id === 'autonomy')!;
  await open(page, `#/req/${requirement.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(requirement.title);
  const groups = page.getByTestId('served-group');
  await expect(groups).toHaveCount(architectureIds.length);
  for (const [i, id] of architectureIds.entries()) {
    const serving = architectures[id]!.components.filter((c) => c.requirements.includes(requirement.id));
    await expect(groups.nth(i).getByRole('link')).toHaveCount(serving.length);
  }
  await info.attach('requirement page', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  const first = architectures['tripleo-dcn']!.components.find((c) => c.requirements.includes(requirement.id))!;
  await groups.first().getByRole('link', { name: first.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`#/arch/tripleo-dcn\\?node=${first.id}$`));
  await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(first.name);
});

test('the matrix shows who serves each requirement, marks gaps, and sorts', deep, async ({ page }, info) => {
  await open(page, '#/matrix');
  const rows = page.getByTestId('matrix-row');
  await expect(rows).toHaveCount(requirements.length);
  for (const requirement of requirements.slice(0, 6)) {
    const row = page.locator(`[data-testid="matrix-row"][data-requirement="${requirement.id}"]`);
    for (const id of architectureIds) {
      const serving = architectures[id]!.components.filter((c) => c.requirements.includes(requirement.id));
      const cell = row.locator(`td[data-arch="${id}"]`);
      if (serving.length === 0) await expect(cell.getByTestId('not-served')).toBeVisible();
      else await expect(cell.getByTestId('matrix-cell')).toHaveAttribute('data-sites', String(serving.length));
    }
  }
  // A cell opens the list of its components, one link (or one per site) for each serving component.
  const requirement = requirements.find((r) =>
    architectures['tripleo-dcn']!.components.some((c) => c.requirements.includes(r.id)),
  )!;
  const row = page.locator(`[data-testid="matrix-row"][data-requirement="${requirement.id}"]`);
  await row.locator('td[data-arch="tripleo-dcn"]').getByTestId('matrix-cell').click();
  const detail = page.locator(`[data-testid="matrix-detail"][data-requirement="${requirement.id}"]`);
  const hrefs = await detail
    .locator('td[data-arch="tripleo-dcn"] a')
    .evaluateAll((links) => links.map((a) => new URLSearchParams(a.getAttribute('href')!.split('?')[1]).get('node')));
  const serving = architectures['tripleo-dcn']!.components.filter((c) => c.requirements.includes(requirement.id));
  expect(new Set(hrefs)).toEqual(new Set(serving.map((c) => c.id)));
  await page.getByTestId('matrix-sort').selectOption('coverage');
  await expect(page).toHaveURL(/#\/matrix\?sort=coverage$/);
  const servedBy = (id: string) =>
    architectureIds.filter((a) => architectures[a]!.components.some((c) => c.requirements.includes(id))).length;
  const least = Math.min(...requirements.map((r) => servedBy(r.id)));
  await expect(rows.first()).toContainText(`served by ${least} of ${architectureIds.length}`);
  await info.attach('matrix', { body: await page.screenshot(), contentType: 'image/png' });
});

test('search by keyboard finds a component of another architecture and opens it', deep, async ({ page }) => {
  await open(page, '#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  const target = architectures.airship!.components[2]!;
  await input.fill(target.id);
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  const results = page.getByTestId('search-result');
  const count = await results.count();
  let index = -1;
  for (let i = 0; i < count; i++) if ((await results.nth(i).textContent())!.includes(target.name)) index = i;
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/arch/airship\\?node=${target.id}$`));
  await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(target.name);
});

test('search finds requirements by words of their text, and Esc closes it', async ({ page }) => {
  await open(page, '#/matrix');
  await page.getByTestId('search-button').click();
  await page.getByTestId('search-input').fill('PTP');
  await expect(page.getByTestId('search-result').filter({ hasText: 'Requirement' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-dialog')).toBeHidden();
  await expect(page.getByTestId('search-button')).toBeFocused();
});

test('the theme follows the system, and the chosen theme is remembered', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('./#/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByTestId('theme-select').selectOption('light');
  await expect(page.locator('html')).toHaveClass(/light/);
  await page.goto('./#/matrix');
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/light/);
  await context.close();
});

test('on a 390 px phone the panel is a sheet over the graph and nothing overflows', async ({ browser }, info) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const target = kube.components[0]!;
  await page.goto(`./#/arch/kubeedge?node=${target.id}`);
  const panel = page.getByTestId('details-panel');
  await expect(panel).toBeVisible();
  const box = (await page.locator('#details-panel').boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  expect(box.y).toBeGreaterThan(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await info.attach('phone', { body: await page.screenshot(), contentType: 'image/png' });
  await page.goto('./#/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await context.close();
});

test('at 1280×720 the header controls do not overlap', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openGraph(page, '#/arch/starlingx-distributed-cloud?cut=all');
  // The page's two header bars; the side panel has headers of its own, and a closed menu's items are not shown.
  const boxes = await page.locator('header button, header a, header select, header h1').evaluateAll((elements) =>
    elements
      .filter((e) => !e.closest('aside') && e.checkVisibility({ contentVisibilityAuto: true }))
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
  );
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      expect(a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5).toBe(
        true,
      );
});

test('every component of every architecture is within three steps of home', deep, async ({ page }) => {
  for (const id of architectureIds) {
    const target = architectures[id]!.components.at(-1)!;
    await open(page, '#/');
    await page.getByTestId('architecture-card').getByRole('link', { name: architectures[id]!.name }).click();
    await page.locator(`.react-flow__node[data-id="${target.id}"]`).click();
    await expect(page.getByTestId('details-panel').getByTestId('impact')).toHaveText(target.disconnected.impact);
  }
});
