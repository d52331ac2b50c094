/**
 * Outage over time (issue 14), derived from each architecture's data: a `?t=` link shows the statuses and
 * the summary at that moment, the time control moves by keyboard, and restoring a long cut tells the
 * reconnect story for that length.
 */
import { expect, openGraph, test } from './fixtures';
import { architectureIds, architectures, edgeSites } from './data';
import { describeDuration, formatDuration, parseDuration } from '../src/model/duration';
import type { Component } from '../src/model/schema';
import { momentAt } from '../src/simulation/status';
import { momentsOf, reconnectStory, timeStops } from '../src/simulation/timeline';
import { tier, deep } from './tiers';

for (const id of architectureIds) {
  const arch = architectures[id]!;
  const site = edgeSites(arch)[0]!;
  const stops = momentsOf(arch);
  const last = stops.at(-1);

  test(
    `${id}: a link to a moment in a cut shows each component's state then, and the site's timeline`,
    tier(id === 'kubeedge'),
    async ({ page }) => {
      test.skip(last === undefined, `${arch.name} documents no moment`);
      await openGraph(page, `#/arch/${id}?cut=${site.id}&t=${formatDuration(last!)}`);
      await expect(page.getByTestId('time-value')).toContainText(describeDuration(last!));
      // Every component of the cut site shows the status its timeline gives at that time.
      for (const c of arch.components.filter((member) => member.site === site.id)) {
        const moment = momentAt(c.disconnected.timeline, last!);
        const status = moment === null ? c.disconnected.status : c.disconnected.timeline![moment]!.status;
        await expect(page.locator(`.react-flow__node[data-id="${c.id}"] .component-card`), c.id).toHaveAttribute(
          'data-status',
          status,
        );
      }
      // The summary tells the site's story in order, every moment passed.
      const timeline = page.getByTestId('cut-site').first().getByTestId('site-timeline');
      await expect(timeline.locator('li[data-passed="true"]').first()).toBeVisible();
      await expect(timeline.locator('li[data-passed="false"]')).toHaveCount(0);
    },
  );

  test(
    `${id}: the time control steps through the documented moments by keyboard`,
    tier(id === 'tripleo-dcn'),
    async ({ page }) => {
      test.skip(last === undefined, `${arch.name} documents no moment`);
      await openGraph(page, `#/arch/${id}?cut=${site.id}`);
      const slider = page.getByRole('slider', { name: 'Time into the cut' });
      await slider.focus();
      // Arrow by arrow to the end: every documented moment is a stop, and so are round times between
      // them (10 min, 40 days: no need to edit the link for them).
      const reached: number[] = [];
      const max = Number(await slider.getAttribute('max'));
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('ArrowRight');
        await expect(slider).toHaveValue(String(i + 1));
        reached.push(parseDuration(new URL(page.url()).hash.match(/[?&]t=([^&]+)/)![1]!)!);
      }
      for (const moment of stops) expect(reached, describeDuration(moment)).toContain(moment);
      expect(reached).toContain(600);
      expect(reached).toContain(40 * 86400);
      expect(reached).toEqual([...reached].sort((a, b) => a - b));
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuetext', `${describeDuration(reached.at(-1)!)} into the cut`);
      await page.keyboard.press('Home');
      await expect(page).not.toHaveURL(/[?&]t=/);
    },
  );
}

test('restoring a long cut tells the reconnect story for that length', async ({ page }) => {
  // A component whose story changes when the cut lasted long, from any architecture.
  const found: { id: string; c: Component } | undefined = architectureIds
    .flatMap((id) => architectures[id]!.components.map((c) => ({ id, c })))
    .find(
      ({ id, c }) =>
        c.disconnected.timeline?.some((m) => m.reconnect) &&
        architectures[id]!.sites.find((s) => s.id === c.site)!.kind === 'edge',
    );
  test.skip(!found, 'no edge component has a long-cut reconnect story');
  const { id, c } = found!;
  const moment = c.disconnected.timeline!.find((m) => m.reconnect)!;
  const seconds = parseDuration(moment.after)!;
  await openGraph(page, `#/arch/${id}?cut=${c.site}&t=${formatDuration(seconds)}`);
  await page.getByRole('button', { name: new RegExp(`^Restore the WAN link of`) }).click();
  const panel = page.getByTestId('reconnect-panel');
  await expect(panel).toContainText(`after ${describeDuration(seconds)}`);
  await expect(panel).toContainText(reconnectStory(c, seconds));
  expect(reconnectStory(c, seconds)).not.toBe(c.disconnected.reconnect);
});

test('a time that is not a duration gets a notice and the moment just after the cut', deep, async ({ page }) => {
  const id = architectureIds[0]!;
  const site = edgeSites(architectures[id]!)[0]!;
  await openGraph(page, `#/arch/${id}?cut=${site.id}&t=soon`);
  await expect(page.getByTestId('notices')).toContainText('is not a time into the cut');
  await expect(page).not.toHaveURL(/[?&]t=/);
});

test('fewer keys to an answer: ] and [ step the time, P jumps into the panel, the legend comes last', async ({
  page,
}) => {
  const arch = architectures['kubeedge']!;
  const site = edgeSites(arch)[0]!;
  await openGraph(page, `#/arch/${arch.id}?cut=${site.id}`);
  const [, first, second] = timeStops([arch]);
  const at = (seconds: number) => new RegExp(`[?&]t=${formatDuration(seconds)}(&|$)`);
  await page.locator('.react-flow__node-component').first().focus();
  await page.keyboard.press(']');
  await expect(page).toHaveURL(at(first!));
  await page.keyboard.press(']');
  await expect(page).toHaveURL(at(second!));
  await page.keyboard.press('[');
  await expect(page).toHaveURL(at(first!));
  await page.keyboard.press('p');
  expect(await page.evaluate(() => !!document.activeElement?.closest('#details-panel'))).toBe(true);
  // The legend's button comes after everything in the panel.
  const order = await page.evaluate(() => {
    const all = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex="0"]'),
    ].filter((e) => e.offsetParent !== null && e.tabIndex >= 0);
    const legend = all.findIndex((e) => e.closest('[data-testid="legend"]'));
    const panel = all.map((e, i) => (e.closest('#details-panel') ? i : -1)).filter((i) => i >= 0);
    return { legend, lastOfPanel: Math.max(...panel) };
  });
  expect(order.legend).toBeGreaterThan(order.lastOfPanel);
});
