/**
 * The presentation on a screen share: every step of every tour at 1280×720 and 1920×1080, measured.
 * The caption and the controls have their own bands, so no focus component is ever under them; the
 * step's components are framed at a zoom where their 14 px labels stay at least 14 px (zoom ≥ 1), in
 * parts that Next pans through when they do not fit one screen; the zoom changes little between steps.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openGraph, test } from './fixtures';
import { architectureIds, architectures } from './data';
import { sweep, deep } from './tiers';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Measure {
  canvas: Box;
  /** The whole diagram on screen (the box around its sites). */
  diagram: Box;
  /** The condition line in the header: its text fits (no part of it is hidden). */
  condition: { text: string; fits: boolean } | null;
  caption: Box | null;
  controls: Box;
  zoom: number;
  frame: string[];
  nodes: Record<string, { box: Box; font: number }>;
}

/** The view, once it has stopped moving. */
async function measure(page: Page, focus: readonly string[]): Promise<Measure> {
  const zoomNow = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await zoomNow();
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [150, 150, 250, 400] },
    )
    .toBe(true);
  return page.evaluate((ids) => {
    const box = (el: Element | null): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const viewport = document.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const canvas = document.querySelector('[data-testid="present-canvas"]')!;
    const nodes: Record<string, { box: Box; font: number }> = {};
    for (const id of ids) {
      const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      const label = node?.querySelector('[data-testid="node-label"]');
      if (node && label) nodes[id] = { box: box(node)!, font: parseFloat(getComputedStyle(label).fontSize) * zoom };
    }
    const sites = [...document.querySelectorAll('.react-flow__node-site')].map((s) => s.getBoundingClientRect());
    const condition = document.querySelector<HTMLElement>('[data-testid="present-condition"]');
    return {
      canvas: box(canvas)!,
      diagram: {
        left: Math.min(...sites.map((r) => r.left)),
        top: Math.min(...sites.map((r) => r.top)),
        right: Math.max(...sites.map((r) => r.right)),
        bottom: Math.max(...sites.map((r) => r.bottom)),
      },
      condition: condition
        ? { text: condition.textContent ?? '', fits: condition.scrollWidth <= condition.clientWidth + 1 }
        : null,
      caption: box(document.querySelector('[data-testid="caption"]')),
      controls: box(document.querySelector('[data-testid="present-controls"]'))!,
      zoom,
      frame: (canvas.getAttribute('data-frame') ?? '').split(' ').filter(Boolean),
      nodes,
    };
  }, focus);
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const clip = (a: Box, b: Box): Box | null => {
  const c = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return c.left < c.right && c.top < c.bottom ? c : null;
};

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  for (const [id, tier] of sweep(architectureIds, width === 1280 ? ['starlingx-distributed-cloud'] : [])) {
    test(
      `${id} at ${width}×${height}: every step frames its components legibly, clear of the caption and controls`,
      tier,
      async ({ page }, info) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ reducedMotion: 'reduce' });
        const tour = architectures[id]!.tour!;
        await openGraph(page, `#/present/${id}`);
        const presentation = page.getByTestId('presentation');
        const zooms: string[] = [];
        let previousZoom: number | null = null;
        for (let step = 1; step <= tour.length; step++) {
          await expect(presentation).toHaveAttribute('data-step', String(step));
          const focus = tour[step - 1]!.focus;
          const parts = Number(await presentation.getAttribute('data-parts'));
          const seen = new Set<string>();
          for (let part = 1; part <= parts; part++) {
            await expect(presentation).toHaveAttribute('data-part', String(part));
            const m = await measure(page, focus);
            const where = `step ${step}${parts > 1 ? ` part ${part}/${parts}` : ''}`;
            // The bands: controls above the diagram, caption below it, neither over it.
            expect(m.controls.bottom, `${where}: controls above the diagram`).toBeLessThanOrEqual(m.canvas.top + 0.5);
            if (m.caption)
              expect(m.caption.top, `${where}: caption below the diagram`).toBeGreaterThanOrEqual(
                m.canvas.bottom - 0.5,
              );
            expect(m.zoom, `${where}: zoom`).toBeGreaterThanOrEqual(0.999);
            expect(m.frame.length, `${where}: components framed`).toBeGreaterThan(0);
            for (const node of m.frame) {
              const n = m.nodes[node]!;
              expect(n, `${where}: ${node} drawn`).toBeDefined();
              expect(n.font, `${where}: ${node} label size on screen`).toBeGreaterThanOrEqual(13.99);
              expect(n.box.left, `${where}: ${node} inside the diagram`).toBeGreaterThanOrEqual(m.canvas.left - 1);
              expect(n.box.right).toBeLessThanOrEqual(m.canvas.right + 1);
              expect(n.box.top).toBeGreaterThanOrEqual(m.canvas.top - 1);
              expect(n.box.bottom).toBeLessThanOrEqual(m.canvas.bottom + 1);
              seen.add(node);
            }
            // No focus component shows under the caption or the controls (what the canvas clips is not drawn).
            for (const [node, n] of Object.entries(m.nodes)) {
              const visible = clip(n.box, m.canvas);
              if (!visible) continue;
              if (m.caption) expect(overlaps(visible, m.caption), `${where}: ${node} under the caption`).toBe(false);
              expect(overlaps(visible, m.controls), `${where}: ${node} under the controls`).toBe(false);
            }
            // The stage shows diagram, not background: at most a fifth empty, unless the diagram is smaller.
            const stageArea = (m.canvas.right - m.canvas.left) * (m.canvas.bottom - m.canvas.top);
            const shown = clip(m.diagram, m.canvas);
            const empty = 1 - (shown ? (shown.right - shown.left) * (shown.bottom - shown.top) : 0) / stageArea;
            const coverable =
              Math.min(1, (m.diagram.right - m.diagram.left) / (m.canvas.right - m.canvas.left)) *
              Math.min(1, (m.diagram.bottom - m.diagram.top) / (m.canvas.bottom - m.canvas.top));
            expect(empty, `${where}: share of the stage left empty`).toBeLessThanOrEqual(
              Math.max(0.2, 1 - coverable + 0.02),
            );
            // The part is in the link; the condition is in the header, whole.
            if (part > 1) await expect(page).toHaveURL(new RegExp(`[?&]part=${part}(&|$)`));
            const written = tour[step - 1]!;
            if (written.cut || written.rtt || written.upgrade) {
              expect(m.condition, `${where}: the condition in the header`).not.toBeNull();
              expect(m.condition!.fits, `${where}: "${m.condition!.text}" shown whole`).toBe(true);
            }
            if (previousZoom !== null) {
              const change = Math.max(m.zoom / previousZoom, previousZoom / m.zoom);
              expect(change, `${where}: zoom change from the previous view`).toBeLessThanOrEqual(1.35);
            }
            previousZoom = m.zoom;
            zooms.push(`${where}: ${m.zoom.toFixed(2)}`);
            if (part === 1 && (step === 1 || step === tour.length || parts > 1))
              await info.attach(`${id} ${where}`, { body: await page.screenshot(), contentType: 'image/png' });
            if (step < tour.length || part < parts) await page.keyboard.press('ArrowRight');
          }
          expect([...seen].sort(), `step ${step}: every focus component shown in some part`).toEqual([...focus].sort());
        }
        console.log(`${id} ${width}×${height}: ${zooms.join('; ')}`);
      },
    );
  }
}

test('C hides and shows the caption; the diagram takes the room', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openGraph(page, '#/present/kubeedge?step=3');
  const canvas = page.getByTestId('present-canvas');
  const before = (await canvas.boundingBox())!;
  await page.keyboard.press('c');
  await expect(page.getByTestId('caption')).toHaveCount(0);
  await expect.poll(async () => (await canvas.boundingBox())!.height).toBeGreaterThan(before.height + 80);
  await expect(page.getByTestId('caption-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('c');
  await expect(page.getByTestId('caption')).toBeVisible();
});

test('clicking or pressing Enter on a component during the tour shows its details without leaving the tour', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const arch = architectures.kubeedge!;
  const step = arch.tour![2]!;
  await openGraph(page, `#/present/kubeedge?step=3`);
  const first = arch.components.find((c) => c.id === step.focus[0])!;
  await page.locator(`.react-flow__node[data-id="${first.id}"]`).click();
  const details = page.getByTestId('details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(first.name);
  await expect(page).toHaveURL(/#\/present\/kubeedge\?.*step=3/);
  await expect(page.getByTestId('step-counter')).toContainText('Step 3 of');
  // The details sit beside the diagram, not over it.
  const canvas = (await page.getByTestId('present-canvas').boundingBox())!;
  const panel = (await page.locator('#details-panel').boundingBox())!;
  expect(panel.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
  // Esc closes the details and returns to the component; the tour goes on.
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(page.locator(`.react-flow__node[data-id="${first.id}"]`)).toBeFocused();
  await expect(page).toHaveURL(/#\/present\/kubeedge/);
  // Enter on a focused component opens its details too.
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(first.name);
  await page.keyboard.press('Escape');
  // Closed, and the diagram has its width back (a step may be framed in parts at one width, whole at another).
  await expect(details).toHaveCount(0);
  await expect(page.locator(`.react-flow__node[data-id="${first.id}"]`)).toBeFocused();
  // With a component focused, → still moves the tour on (in a presentation the arrows are the presenter's).
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-counter')).toContainText(/Step (3 of \d+ \(part 2|4 of)/);
});

test('the presentation downloads its tour as slides', deep, async ({ page }) => {
  test.setTimeout(60_000);
  const arch = architectures.kubeedge!;
  await openGraph(page, '#/present/kubeedge?step=2');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 45_000 }),
    page.getByTestId('present-slides').click(),
  ]);
  expect(download.suggestedFilename()).toBe('kubeedge-tour.pptx');
  const deck = readFileSync((await download.path())!);
  // A .pptx is a zip: one slide for the cover and one per step.
  const slides = deck.toString('latin1').match(/ppt\/slides\/slide\d+\.xml/g) ?? [];
  expect(new Set(slides).size).toBe(arch.tour!.length + 1);
  // Still presenting, at the same step.
  await expect(page.getByTestId('step-counter')).toContainText('Step 2 of');
  await expect(page.getByTestId('present-slides-status')).toBeEmpty();
});

test('← steps back into the last part of the step before; Home and End go to the first and last step and its conditions', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const tour = architectures['starlingx-distributed-cloud']!.tour!;
  await openGraph(page, '#/present/starlingx-distributed-cloud?step=5');
  const presentation = page.getByTestId('presentation');
  await expect(presentation).toHaveAttribute('data-part', '1');
  await page.keyboard.press('ArrowLeft');
  await expect(presentation).toHaveAttribute('data-step', '4');
  await expect(page).toHaveURL(/[?&]part=last(&|$)/);
  const parts = await presentation.getAttribute('data-parts');
  expect(Number(parts), 'step 4 is shown in parts at 720p').toBeGreaterThan(1);
  await expect(presentation).toHaveAttribute('data-part', parts!);

  const previous = page.getByRole('button', { name: '← Previous' });
  const next = page.getByRole('button', { name: 'Next →' });
  await page.keyboard.press('Home');
  await expect(presentation).toHaveAttribute('data-step', '1');
  await expect(presentation).toHaveAttribute('data-part', '1');
  await expect(previous).toBeDisabled();
  const calm = (s: (typeof tour)[number]) => !s.cut && !s.rtt && !s.upgrade;
  await expect(page.getByTestId('present-condition')).toHaveCount(calm(tour[0]!) ? 0 : 1);

  await page.keyboard.press('End');
  await expect(presentation).toHaveAttribute('data-step', String(tour.length));
  await expect(presentation).toHaveAttribute('data-part', (await presentation.getAttribute('data-parts'))!);
  await expect(next).toBeDisabled();
  await expect(page.getByTestId('present-condition')).toHaveCount(calm(tour.at(-1)!) ? 0 : 1);
});
