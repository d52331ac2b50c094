/**
 * The conditions beside the cut (issue 22): a slow WAN and an upgrade, chosen in the toolbar, derived
 * by the same engine as a cut (expectations from the data through src/simulation), drawn in the
 * status colours, explained in the summary with the data's words.
 */
import type { Page } from '@playwright/test';
import { expect, openGraph, settled, test } from './fixtures';
import { architectures } from './data';
import { resolveScenario, CALM, type Scenario } from '../src/simulation/scenario';
import { componentStates } from '../src/simulation/status';
import { LATENCY_QUOTE } from '../src/parts/conditions/ConditionsControl';

/** Every component's state on screen, in one round trip. */
const shownStates = (page: Page) =>
  page
    .locator('.react-flow__node-component')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((n) => [
          (n as HTMLElement).dataset.id!,
          n.querySelector<HTMLElement>('.component-card')!.dataset.status!,
        ]),
      ),
    );

/** The states the data gives under a scenario. */
function expectedStates(id: string, scenario: Partial<Scenario>) {
  const arch = architectures[id]!;
  const resolved = resolveScenario(arch, { ...CALM, ...scenario });
  const states = componentStates(arch, resolved.resolution, resolved.seconds, resolved.conditions);
  return Object.fromEntries(arch.components.map((c) => [c.id, states.get(c.id)!.state]));
}

/** The colour at the centre-left of a node's box, inside its border: its fill. */
async function fillOf(page: Page, id: string): Promise<string> {
  return page
    .locator(`.react-flow__node[data-id="${id}"] .component-card`)
    .evaluate((card) => getComputedStyle(card).backgroundColor);
}

test('a slow WAN from the toolbar: the thresholds the data sources, the states they give, the summary in the data’s words', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = 'tripleo-dcn';
  const arch = architectures[id]!;
  await openGraph(page, `#/arch/${id}`);
  await page.getByTestId('conditions-button').click();
  // A tick at every documented threshold; the 100 ms one carries the working group's words.
  const documented = [...new Set(arch.components.flatMap((c) => c.latency?.thresholds ?? []).map((t) => t.above))];
  await expect(page.getByTestId('rtt-tick')).toHaveCount(documented.length);
  await expect(page.getByTestId('rtt-tick').filter({ hasText: '100 ms' })).toHaveAttribute('title', LATENCY_QUOTE);
  // The keyboard walks the slider's stops to 150 ms.
  const slider = page.getByTestId('rtt-slider');
  await slider.focus();
  for (let i = 0; i < 20 && !page.url().includes('rtt=150'); i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]rtt=150(&|$)/);
  await expect(page.getByTestId('rtt-value')).toHaveText('150 ms');
  await page.keyboard.press('Escape');
  await settled(page);
  const expected = expectedStates(id, { rtt: 150 });
  expect(await shownStates(page)).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, v])));
  const changed = arch.components.filter((c) => expected[c.id] !== 'connected');
  expect(changed.length).toBeGreaterThan(0);
  // Drawn in the status colour: a degraded box is filled with the warning colour, an untouched one is not.
  const warnBg = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--warn-bg'));
  const degraded = changed.find((c) => expected[c.id] === 'degraded')!;
  const untouched = arch.components.find((c) => expected[c.id] === 'connected')!;
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.trim().slice(i, i + 2), 16)).join(', ')})`;
  expect(await fillOf(page, degraded.id)).toBe(rgb(warnBg));
  expect(await fillOf(page, untouched.id)).not.toBe(rgb(warnBg));
  // The summary: how many change, each with the threshold's own words.
  const summary = page.getByTestId('slow-wan-summary');
  await expect(summary.getByTestId('slow-wan-count')).toContainText(`${changed.length} component`);
  await expect(summary.getByTestId('slow-wan-changes').getByRole('listitem')).toHaveCount(changed.length);
  await expect(summary).toContainText(arch.latency!.summary);
  await info.attach('slow WAN', { body: await page.screenshot(), contentType: 'image/png' });

  // An architecture where nothing is stretched over the WAN says so, in its own words.
  const calm = Object.values(architectures).find((a) => a.latency && !a.components.some((c) => c.latency?.thresholds))!;
  await openGraph(page, `#/arch/${calm.id}?rtt=400`);
  await expect(page.getByTestId('slow-wan-count')).toHaveText('No component’s state changes at this round-trip time.');
  await expect(page.getByTestId('slow-wan-summary')).toContainText(calm.latency!.summary);
  expect(Object.values(await shownStates(page)).every((s) => s === 'connected')).toBe(true);
});

test('an upgrade in place and with spare capacity: the states the data gives, the procedure, the link', async ({
  page,
}) => {
  const id = 'starlingx-distributed-cloud';
  const arch = architectures[id]!;
  const site = arch.sites.find((s) => s.kind === 'edge')!;
  await openGraph(page, `#/arch/${id}`);
  await page.getByTestId('conditions-button').click();
  await page.getByTestId('upgrade-select').selectOption(site.id);
  await expect(page).toHaveURL(new RegExp(`[?&]upgrade=${site.id}(&|$)`));
  await settled(page);
  expect(await shownStates(page)).toEqual(expectedStates(id, { upgrade: site.id }));
  const summary = page.getByTestId('upgrade-summary');
  await expect(summary).toContainText(arch.upgrade!.edge);
  // With spare capacity, what the data says spare capacity changes.
  await page.getByTestId('spare-toggle').check();
  await expect(page).toHaveURL(/[?&]spare=1(&|$)/);
  await settled(page);
  const spare = expectedStates(id, { upgrade: site.id, spare: true });
  expect(await shownStates(page)).toEqual(spare);
  // A link opens the same picture, and Back returns to the upgrade in place.
  await page.goBack();
  await expect(page).not.toHaveURL(/spare=/);
  await settled(page);
  expect(await shownStates(page)).toEqual(expectedStates(id, { upgrade: site.id }));
  // The component's own panel says what it does meanwhile.
  const affected = arch.components.find((c) => c.site === site.id && c.upgrade && c.upgrade.status !== 'operational')!;
  await page.locator(`.react-flow__node[data-id="${affected.id}"]`).click();
  await expect(page.getByTestId('why-status')).toContainText(affected.upgrade!.change);
  await expect(page.getByTestId('upgrade')).toContainText('now');
});
