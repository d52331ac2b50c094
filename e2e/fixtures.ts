/**
 * Every e2e test runs with these guards: no uncaught page error, no console error, and no request to
 * any origin but the page's own (the site must be self-contained).
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          problems.push(`request to another origin: ${url}`);
      });
      await use();
      expect(problems, 'page errors, console errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Opens a hash route of the built site. */
export async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}`);
}

/** Opens a route that draws a graph and waits until its components have painted. */
export async function openGraph(page: Page, hash: string): Promise<void> {
  await open(page, hash);
  await expect(page.locator('.react-flow__node-component').first()).toBeVisible();
}
