/**
 * Your own architecture on the explorer's pages (`yours`): the file kept in the editor, drawn, cut,
 * exported, compared and presented like a shipped one; a missing or broken file is a notice.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { TEMPLATE } from '../src/features/edit/template';
import { LAYOUT_BUDGET_MS } from '../src/features/edit/limits';

/** Keeps `text` as the editor does (this browser's storage), from a page of the site. */
async function keep(page: Page, text: string) {
  await open(page, '#/');
  await page.evaluate((t) => localStorage.setItem('edge-explorer-editor', t), text);
}

// Drawn by the check worker in a fresh page: ELK starts first (seconds on two busy cores).
const drawn = { timeout: LAYOUT_BUDGET_MS };

test('your own architecture is drawn like a shipped one: cut, exported, compared and presented', async ({ page }) => {
  await keep(page, TEMPLATE);
  await open(page, '#/arch/yours');
  const components = page.locator('.react-flow__node-component');
  await expect(components).toHaveCount(3, drawn);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My deployment');
  await expect(page.getByTestId('own-badge')).toContainText('not part of the reference set');
  // At 1280×720 the badge is one line under the name, the name whole, and the header no taller than a
  // shipped architecture's.
  await page.setViewportSize({ width: 1280, height: 720 });
  expect((await page.getByTestId('own-badge').boundingBox())!.height).toBeLessThan(22);
  expect(await page.getByRole('heading', { level: 1 }).evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
  const ownHeader = (await page.locator('header').nth(1).boundingBox())!.height;
  await open(page, '#/arch/kubeedge');
  await expect(page.locator('.react-flow__node-component').first()).toBeVisible();
  expect(ownHeader).toBeLessThanOrEqual((await page.locator('header').nth(1).boundingBox())!.height);
  await open(page, '#/arch/yours');
  await expect(components).toHaveCount(3, drawn);
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole('button', { name: 'Cut the WAN link of Edge site 1' }).click();
  await expect(page).toHaveURL(/#\/arch\/yours\?cut=edge-1(&|$)/);
  await expect(page.getByTestId('cut-site')).toHaveCount(1);
  await expect(page.locator('.react-flow__node[data-id="edge-1-agent"] .component-card')).not.toHaveAttribute(
    'data-status',
    'connected',
  );

  await page.getByRole('button', { name: /^Export/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Edit it, in the browser' })).toHaveCount(1);
  await expect(page.getByRole('menuitem', { name: /Edit a copy/ })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'SVG image (editable)' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toContain('My deployment');
  expect(svg).toContain('Node agent');

  await open(page, '#/compare?left=yours&right=kubeedge');
  await expect(page.getByTestId('compare-side')).toHaveCount(2);
  await expect(page.getByTestId('compare-side').first()).toContainText('My deployment', drawn);
  await expect(page.getByTestId('compare-left')).toHaveValue('yours');

  await open(page, '#/present/yours?step=2');
  await expect(page.getByText('Edge site 1 is cut off').first()).toBeVisible(drawn);
  await expect(page).toHaveURL(/cut=edge-1/);
});

test('your own architecture: none kept, or one with errors, is a notice with the way to the editor', async ({
  page,
}) => {
  await open(page, '#/arch/yours');
  const notice = page.getByTestId('own-architecture-problem');
  await expect(notice).toContainText('There is no architecture of your own in this browser yet.');
  await expect(notice.getByRole('link', { name: 'Open the editor' })).toHaveAttribute('href', '#/edit');

  await keep(page, TEMPLATE.replace('name: My deployment', 'name: 42\nnombre: x'));
  await open(page, '#/arch/yours');
  await expect(notice).toContainText(/Your file has \d+ errors?/, drawn);
  await expect(page.locator('.react-flow__node-component')).toHaveCount(0);
});
