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

/**
 * Resolves once the page has settled: its fonts loaded, no diagram moving (GraphCanvas marks a move in
 * progress with data-moving, a wheel gesture included), and the address and every viewport unchanged
 * for several frames in a row (a reveal begins a frame or two after the panel that asks for it). The
 * state to wait for before measuring, comparing pictures or counting history entries.
 */
export async function settled(page: Pick<Page, 'evaluate' | 'waitForFunction'>): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    (window as unknown as { settling?: unknown }).settling = undefined;
  });
  await page.waitForFunction(
    () => {
      const w = window as unknown as { settling?: { key: string; frames: number } };
      const viewports = [...document.querySelectorAll<HTMLElement>('.react-flow__viewport')];
      const moving = document.querySelector('[data-moving]') !== null;
      const key = [location.href, moving, ...viewports.map((v) => v.style.transform)].join(' ');
      if (w.settling?.key === key) w.settling.frames++;
      else w.settling = { key, frames: 0 };
      return !moving && w.settling.frames >= 6;
    },
    undefined,
    { polling: 'raf' },
  );
}
