/**
 * A link the data corrects (a compare link with a per-site cut, a stale component) replaces its own
 * history entry: Back from the next page lands on the corrected link, which stays put, and one more
 * Back leaves it. Before, compare pushed its correction, and Back landed on a link that pushed again.
 */
import { expect, open, openGraph, settled, test } from './fixtures';
import { deep } from './tiers';

test(
  'Back from the page after a corrected compare link lands on it once, and Back again leaves it',
  deep,
  async ({ page }) => {
    await open(page, '#/');
    await expect(page.getByTestId('architecture-card').first()).toBeVisible();
    await page.evaluate(() => (location.hash = '#/compare?cut=dcn0'));
    await expect(page).toHaveURL(/#\/compare\?cut=all$/);
    await expect(page.getByTestId('notices')).toContainText('Compare applies the same cut to both sides');
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'Requirements matrix' }).click();
    await expect(page).toHaveURL(/#\/matrix/);
    await page.goBack();
    await expect(page).toHaveURL(/#\/compare\?cut=all$/);
    // Nothing was pushed on the way back: the corrected link is where history has it.
    await settled(page);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.goBack();
    await expect(page).toHaveURL(/#\/$/);
  },
);

test('a stale component in a link is dropped in place, and Back goes to the page before it', async ({ page }) => {
  await openGraph(page, '#/arch/kubeedge');
  await page.evaluate(() => (location.hash = '#/arch/kubeedge?node=no-such-thing'));
  await expect(page).toHaveURL(/#\/arch\/kubeedge$/);
  await expect(page.getByTestId('notices')).toContainText('Component "no-such-thing" is not part of KubeEdge');
  await page.goBack();
  await expect(page).toHaveURL(/#\/arch\/kubeedge$/);
  await page.goBack();
  await expect(page).not.toHaveURL(/kubeedge/);
});
