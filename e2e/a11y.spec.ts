/** axe on every route in the light, dark and projector themes: no serious or critical violation (a selection in the quick tier). */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, settled, test } from './fixtures';
import { deep } from './tiers';

/** `quick`: also in `npm test`; every route runs in the deep tier. */
/** A deck of two slides, as its link holds it. */
const deck = Buffer.from(
  JSON.stringify([
    ['#/arch/kubeedge?cut=all&t=1d', 'KubeEdge a day into a cut'],
    ['#/board?cut=all', 'Every architecture'],
  ]),
).toString('base64url');

const routes: { name: string; hash: string; quick?: true; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'home', hash: '#/' },
  { name: 'TripleO DCN', hash: '#/arch/tripleo-dcn' },
  {
    name: 'StarlingX with a selection',
    hash: '#/arch/starlingx-distributed-cloud?node=subcloud1-keystone',
    quick: true,
  },
  { name: 'KubeEdge cut', hash: '#/arch/kubeedge?cut=all' },
  { name: 'Airship, central failed', hash: '#/arch/airship?cut=central' },
  {
    name: 'About panel',
    hash: '#/arch/kubeedge',
    prepare: (page) => page.getByRole('button', { name: 'About', exact: true }).click(),
  },
  { name: 'fleet', hash: '#/arch/tripleo-dcn?sites=300&cut=random:30' },
  { name: 'requirement', hash: '#/req/autonomy' },
  { name: 'matrix', hash: '#/matrix' },
  { name: 'compare', hash: '#/compare?cut=all' },
  { name: 'presentation', hash: '#/present/starlingx-distributed-cloud?step=3' },
  { name: 'board', hash: '#/board?cut=all&t=1d' },
  { name: 'board over time', hash: '#/board?cut=all&at=0,10m,1d,30d' },
  { name: 'deck', hash: `#/deck?deck=${deck}` },
  { name: 'deck presented', hash: `#/deck?deck=${deck}&step=2` },
  {
    name: 'search',
    hash: '#/',
    prepare: async (page) => {
      await page.getByTestId('search-button').click();
      await page.getByTestId('search-input').fill('keystone');
      await expect(page.getByTestId('search-result').first()).toBeVisible();
    },
  },
  {
    // CodeMirror in its shadow root, with the template's warning marked and the completion list open.
    name: 'editor',
    hash: '#/edit',
    prepare: async (page) => {
      await expect(page.getByTestId('edit-problems')).toContainText('✓ Valid', { timeout: 20_000 });
      await page.locator('.cm-content').focus();
      await page.keyboard.press('ControlOrMeta+End');
      await expect(page.locator('.cm-lintRange-warning').first()).toBeVisible();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+Space');
      await expect(page.locator('.cm-tooltip-autocomplete')).toBeVisible();
    },
  },
  { name: 'not found', hash: '#/arch/nowhere' },
  { name: 'stale link notice', hash: '#/arch/kubeedge?node=ghost' },
];

const THEMES = ['light', 'dark', 'projector'] as const;

for (const route of routes) {
  test(`axe: ${route.name} in the light, dark and projector themes`, route.quick ? {} : deep, async ({ page }) => {
    // Three axe runs over a whole page take 6–18 s alone here; beside another worker on two cores they
    // came within reach of the default 30 s.
    test.slow();
    const separator = route.hash.includes('?') ? '&' : '?';
    await page.goto(`./${route.hash}${separator}theme=light`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeAttached();
    await page.waitForLoadState('networkidle');
    await route.prepare?.(page);
    await settled(page);
    for (const theme of THEMES) {
      // A theme is a class on the root element (ui/theme.ts) and changes colours only: the page's structure is
      // checked once, its colours in every theme.
      await page.evaluate((t) => {
        document.documentElement.classList.remove('light', 'dark', 'projector');
        document.documentElement.classList.add(t);
      }, theme);
      const axe = new AxeBuilder({ page });
      const results = await (
        theme === 'light'
          ? axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          : axe.withRules(['color-contrast', 'link-in-text-block'])
      ).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${theme}: ${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
      expect(serious).toEqual([]);
    }
  });
}
