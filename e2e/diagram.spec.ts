/**
 * The diagram as a reader sees it, checked by geometry, not by text: routes that stay out of other
 * boxes, arrowheads on every link, whole labels of a readable size, focus on the dependency paths,
 * keyboard focus that shows, panels that never cover the selection, and links that frame the same
 * region on another window size.
 */
import type { Page } from '@playwright/test';
import { expect, open, openGraph, settled as still, test } from './fixtures';
import { architectureIds, architectures } from './data';
import { measureDiagram } from './diagramMetrics';
import { colourShare } from './pixels';
import { deep, sweep } from './tiers';

const sizes = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];

/** Waits until the diagram has settled (fonts loaded, fitted) before measuring it. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="edge-layer"] g.edge').first()).toBeAttached();
  await still(page);
}

for (const { width, height } of sizes) {
  for (const [id, tier] of sweep(architectureIds, width === 1280 ? ['airship'] : [])) {
    test(
      `${id} at ${width}×${height}: routes avoid other boxes and site titles, every link has an arrowhead, no label is cut`,
      tier,
      async ({ page }) => {
        await page.setViewportSize({ width, height });
        await openGraph(page, `#/arch/${id}`);
        await settled(page);
        const metrics = await page.evaluate(measureDiagram);
        expect(metrics.components).toBe(architectures[id]!.components.length);
        expect(metrics.insideOtherBoxesPercent).toBeLessThan(1);
        expect(metrics.linksWithoutArrow).toEqual([]);
        expect(metrics.titlesCrossed).toEqual([]);
        expect(metrics.throughOwnEnds).toEqual([]);
        expect(metrics.clippedLabels).toEqual([]);
        // Readable on a projector share; the figure per architecture is in `npm run bench`.
        expect(metrics.smallestLabelPx).toBeGreaterThanOrEqual(10);
      },
    );
  }
}

// A 720p share with the cut summary open: the panel covers what is not in focus rather than shrinking
// the diagram, and cutting keeps the header (and so the canvas) the same size. StarlingX's diagram
// fits at 11 px there without a panel (README, bench); beside one it zooms in to 12 px.
for (const [id, theme, tier, fitsReadable] of [
  ['tripleo-dcn', 'light', deep, true],
  ['airship', 'projector', {}, true],
  ['kubeedge', 'light', deep, true],
  ['starlingx-distributed-cloud', 'light', deep, false],
] as const) {
  test(
    `${id} at 1280×720 (${theme}): labels read at 12 px with the cut summary open, the cut site whole beside it`,
    tier,
    async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openGraph(page, `#/arch/${id}?theme=${theme}`);
      await settled(page);
      const canvas = page.getByTestId('graph');
      const before = (await canvas.boundingBox())!;
      if (fitsReadable) expect((await page.evaluate(measureDiagram)).smallestLabelPx).toBeGreaterThanOrEqual(11.99);
      const site = architectures[id]!.sites.find((s) => s.kind === 'edge')!;
      await page
        .getByRole('button', { name: `Cut the WAN link of ${site.name}` })
        .first()
        .click();
      await expect(page.getByTestId('cut-summary')).toBeVisible();
      await settled(page);
      // The header did not grow: "Restore all" took the place of "Cut all".
      expect((await canvas.boundingBox())!).toEqual(before);
      await expect(page.getByRole('button', { name: 'Cut all edge sites' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: '⟲ Restore all', exact: true })).toBeVisible();
      expect((await page.evaluate(measureDiagram)).smallestLabelPx).toBeGreaterThanOrEqual(11.99);
      /** The first edge site is whole on the canvas, left of the panel and clear of the zoom controls. */
      const besidePanel = async () => {
        const panel = (await page.locator('#details-panel').boundingBox())!;
        const box = (await page.locator(`.react-flow__node[data-id="site:${site.id}"]`).boundingBox())!;
        const controls = (await page.locator('.react-flow__controls').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(controls.x + controls.width);
        expect(box.x + box.width).toBeLessThanOrEqual(panel.x);
        expect(box.y).toBeGreaterThanOrEqual(before.y);
        expect(box.y + box.height).toBeLessThanOrEqual(before.y + before.height);
      };
      await besidePanel();
      // Every edge site cut: they cannot all fit beside the panel at 12 px; the first shows whole.
      await page.getByRole('button', { name: '⟲ Restore all', exact: true }).click();
      await page.getByRole('button', { name: 'Cut all edge sites' }).click();
      await expect(page.getByTestId('cut-summary')).toContainText(/of \d+ edge sites cut off/);
      await settled(page);
      expect((await canvas.boundingBox())!).toEqual(before);
      expect((await page.evaluate(measureDiagram)).smallestLabelPx).toBeGreaterThanOrEqual(11.99);
      await besidePanel();
    },
  );
}

test('labels stay whole under a cut and with a selection, in the projector theme', deep, async ({ page }) => {
  test.setTimeout(120_000);
  for (const id of architectureIds) {
    const arch = architectures[id]!;
    const node = arch.components.find((c) => c.disconnected.timeline?.length) ?? arch.components[0]!;
    await openGraph(page, `#/arch/${id}?cut=all&node=${node.id}&theme=projector`);
    await settled(page);
    const metrics = await page.evaluate(measureDiagram);
    expect(metrics.clippedLabels, id).toEqual([]);
  }
});

test('selecting a component brings forward what it depends on and what depends on it, and dims the rest', async ({
  page,
}) => {
  const arch = architectures.kubeedge!;
  const selected = arch.components.find((c) => c.id.endsWith('edged'))!;
  // Expected from the data: every component reachable along links in either direction.
  const reach = (start: string, next: (id: string) => string[]) => {
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length) {
      for (const n of next(queue.shift()!)) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    return seen;
  };
  const dependsOn = reach(selected.id, (id) => arch.links.filter((l) => l.from === id).map((l) => l.to));
  const dependents = reach(selected.id, (id) => arch.links.filter((l) => l.to === id).map((l) => l.from));
  const expected = new Set([selected.id, ...dependsOn, ...dependents]);
  await openGraph(page, `#/arch/kubeedge?node=${selected.id}`);
  await settled(page);
  const focused = await page
    .locator('.react-flow__node-component.is-focus')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.id));
  expect(new Set(focused)).toEqual(expected);
  // The links of the selection show their labels, with direction: arrowheads on what is depended on.
  await expect(page.getByTestId('edge-label').first()).toBeVisible();
  const dimmed = page.locator('.react-flow__node-component:not(.is-focus)').first();
  if (await dimmed.count())
    expect(await dimmed.locator('.component-card').evaluate((e) => getComputedStyle(e).borderColor)).not.toBe('');
  // The panel lists the same paths.
  const panel = page.getByTestId('details-panel');
  for (const id of [...dependsOn].slice(0, 3))
    await expect(panel.getByTestId('depends-on')).toContainText(arch.components.find((c) => c.id === id)!.name);
});

for (const [theme, tier] of sweep(['light', 'dark', 'projector'], ['projector'])) {
  test(
    `keyboard focus on a node is visible in the ${theme} theme, arrows move between nodes, Esc returns to the node`,
    tier,
    async ({ page }) => {
      await openGraph(page, `#/arch/tripleo-dcn?theme=${theme}`);
      await settled(page);
      const first = page.locator('.react-flow__node-component').first();
      await first.focus();
      await page.keyboard.press('ArrowRight');
      const focused = page.locator('.react-flow__node:focus');
      await expect(focused).toHaveCount(1);
      const outline = await focused.evaluate((e) => {
        const style = getComputedStyle(e);
        return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
      });
      expect(outline.width).toBeGreaterThanOrEqual(2);
      expect(outline.style).not.toBe('none');
      const id = await focused.getAttribute('data-id');
      // Moving right lands on a node to the right.
      const [a, b] = [await first.boundingBox(), await focused.boundingBox()];
      expect(b!.x + b!.width / 2).toBeGreaterThan(a!.x + a!.width / 2);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('details-panel')).toBeVisible();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('#details-panel'))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('details-panel')).toBeHidden();
      await expect(page.locator('.react-flow__node:focus')).toHaveAttribute('data-id', id!);
    },
  );
}

test('+ and − zoom the diagram, and the link keeps the zoom; the fit button goes back to the fitted view', async ({
  page,
}) => {
  await openGraph(page, '#/arch/kubeedge');
  await settled(page);
  const scale = () =>
    page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
  const before = await scale();
  await page.locator('.react-flow__node-component').first().focus();
  await page.keyboard.press('+');
  await expect.poll(scale).toBeGreaterThan(before);
  await expect(page).toHaveURL(/view=/);
  // Two quick presses are two steps, even when the second comes while the first still glides.
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(scale).toBeCloseTo(before / 1.2, 3);
  // The zoom buttons, too, are a view the link must hold.
  await page.getByRole('button', { name: /zoom in/i }).click();
  await page.getByRole('button', { name: /zoom in/i }).click();
  const zoomed = await scale();
  expect(zoomed).toBeGreaterThan(before);
  const link = page.url();
  const receiver = await page.context().newPage();
  await receiver.goto(link);
  await expect
    .poll(() =>
      receiver.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a),
    )
    .toBeCloseTo(zoomed, 2);
  await receiver.close();
  await page.getByRole('button', { name: /fit view/i }).click();
  await expect(page).not.toHaveURL(/view=/);
  await expect.poll(scale).toBeCloseTo(before, 2);
});

/** Whether a node is fully in the part of the canvas that nothing covers. */
async function inView(page: Page, nodeId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const node = document.querySelector(`.react-flow__node[data-id="${id}"]`)!.getBoundingClientRect();
    const canvas = document.querySelector('[data-testid="graph"]')!.getBoundingClientRect();
    const panel = document.getElementById('details-panel')?.getBoundingClientRect();
    const covered = panel && panel.top > canvas.top && panel.left <= canvas.left + 1 ? panel.top : canvas.bottom;
    const right = panel && panel.left > canvas.left + 1 ? Math.min(canvas.right, panel.left) : canvas.right;
    return node.left >= canvas.left && node.right <= right && node.top >= canvas.top && node.bottom <= covered;
  }, nodeId);
}

test('the details panel never covers the selection, on a laptop and on a phone', async ({ page }) => {
  const arch = architectures['starlingx-distributed-cloud']!;
  // The component drawn furthest right: the one a side panel would cover.
  await openGraph(page, `#/arch/${arch.id}`);
  await settled(page);
  const rightmost = await page
    .locator('.react-flow__node-component')
    .evaluateAll(
      (nodes) =>
        nodes
          .map((n) => ({ id: (n as HTMLElement).dataset.id!, right: n.getBoundingClientRect().right }))
          .sort((a, b) => b.right - a.right)[0]!.id,
    );
  await page.locator(`.react-flow__node[data-id="${rightmost}"]`).click();
  await expect(page.getByTestId('details-panel')).toBeVisible();
  await expect.poll(() => inView(page, rightmost)).toBe(true);
  // A link that opens with the panel (a new document, as a shared link arrives): the diagram at the size
  // of the whole canvas, moved just enough to show the selection beside the panel, and no view in the link.
  await page.goto('about:blank');
  await openGraph(page, `#/arch/${arch.id}?node=${rightmost}`);
  await expect(page.getByTestId('details-panel')).toBeVisible();
  await settled(page);
  expect(await inView(page, rightmost)).toBe(true);
  expect(page.url()).not.toContain('view=');

  await page.setViewportSize({ width: 390, height: 844 });
  await openGraph(page, `#/arch/${arch.id}`);
  await settled(page);
  const bottom = arch.components.find((c) => c.site === arch.sites.find((s) => s.kind === 'edge')!.id)!;
  await open(page, `#/arch/${arch.id}?node=${bottom.id}`);
  await expect(page.getByTestId('details-panel')).toBeVisible();
  await expect.poll(() => inView(page, bottom.id)).toBe(true);
});

test('a cut site stays in view beside the cut summary', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const arch = architectures.kubeedge!;
  const site = arch.sites.filter((s) => s.kind === 'edge').at(-1)!;
  await openGraph(page, `#/arch/${arch.id}`);
  await settled(page);
  await page.getByRole('button', { name: `Cut the WAN link of ${site.name}` }).click();
  await expect(page.getByTestId('cut-summary')).toBeVisible();
  await expect.poll(() => inView(page, `site:${site.id}`)).toBe(true);
});

test(
  'a link made at 1440×900 shows the same region, with the selection, at 1280×720',
  deep,
  async ({ page, browser }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const arch = architectures['tripleo-dcn']!;
    await openGraph(page, `#/arch/${arch.id}`);
    await settled(page);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.wheel(0, -300);
    await settled(page);
    // Select the component nearest the middle of the zoomed-in view.
    const nodeId = await page.locator('.react-flow__node-component').evaluateAll((nodes) => {
      const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
      const [cx, cy] = [canvas.left + canvas.width / 2, canvas.top + canvas.height / 2];
      const distance = (n: Element) => {
        const r = n.getBoundingClientRect();
        return Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
      };
      return (nodes.sort((a, b) => distance(a) - distance(b))[0] as HTMLElement).dataset.id!;
    });
    const node = arch.components.find((c) => c.id === nodeId)!;
    await page.locator(`.react-flow__node[data-id="${node.id}"]`).click();
    await expect(page).toHaveURL(/view=-?\d+,-?\d+,[\d.]+x/);
    const link = page.url();

    const receiver = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await receiver.goto(link);
    await expect(receiver.getByTestId('details-panel')).toBeVisible();
    await settled(receiver);
    await expect.poll(() => inView(receiver, node.id)).toBe(true);
    // The centre of the canvas shows the same point of the diagram on both screens.
    const centre = (target: Page) =>
      target.evaluate(() => {
        const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
        const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
        return { x: (canvas.width / 2 - m.e) / m.a, y: (canvas.height / 2 - m.f) / m.a };
      });
    const [sent, received] = [await centre(page), await centre(receiver)];
    expect(Math.abs(sent.x - received.x)).toBeLessThan(60);
    expect(Math.abs(sent.y - received.y)).toBeLessThan(60);
    await receiver.close();
  },
);

test('a phone opens on whole, tappable boxes (32 px or more), more than a handful of them, and little chrome above the diagram', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openGraph(page, '#/arch/kubeedge');
  await settled(page);
  const boxes = await page
    .locator('.react-flow__node-component')
    .evaluateAll((nodes) =>
      nodes
        .map((n) => n.getBoundingClientRect())
        .filter((r) => r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth),
    );
  // Large enough to tap, small enough to show the site: the first view once showed three boxes at 1.69×.
  expect(boxes.length).toBeGreaterThanOrEqual(5);
  for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(32);
  const cut = page.getByRole('button', { name: /^Cut the WAN link/ }).first();
  const cutBox = await cut.boundingBox();
  if (cutBox && cutBox.y > 0 && cutBox.y < 844) expect(cutBox.height).toBeGreaterThanOrEqual(32);
  const canvasTop = (await page.getByTestId('graph').boundingBox())!.y;
  expect(canvasTop).toBeLessThanOrEqual(130);
});

test(
  'routed links cross far less than before: at most 113 crossings over the four architectures at 1440×900 (283 before)',
  deep,
  async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    let total = 0;
    // The four the figure of 283 was measured on.
    for (const id of ['tripleo-dcn', 'starlingx-distributed-cloud', 'kubeedge', 'airship']) {
      await openGraph(page, `#/arch/${id}`);
      await settled(page);
      total += (await page.evaluate(measureDiagram)).crossings;
    }
    expect(total).toBeLessThanOrEqual(113);
  },
);

/** The canvas tooltip's box, and whether it lies inside the canvas and on top of what is under its middle. */
async function tipGeometry(page: Page) {
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  return tip.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const canvas = element.parentElement!.getBoundingClientRect();
    // The tip lets the pointer through; to ask what is on top, it takes it for a moment.
    (element as HTMLElement).style.pointerEvents = 'auto';
    const onTop = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('[role="tooltip"]');
    (element as HTMLElement).style.pointerEvents = '';
    const style = getComputedStyle(element);
    return {
      inside:
        box.left >= canvas.left && box.top >= canvas.top && box.right <= canvas.right && box.bottom <= canvas.bottom,
      onTop: onTop === element,
      width: box.width,
      fontPx: parseFloat(style.fontSize),
      passesPointer: style.pointerEvents === 'none',
      color: style.color,
      background: style.backgroundColor,
    };
  });
}

/** A point of the nth drawn line where it is the topmost line (near its middle), on screen, with the links it carries. */
async function lineMiddle(page: Page, selector: string, n: number) {
  return page
    .locator(selector)
    .nth(n)
    .evaluate((path) => {
      const p = path as SVGPathElement;
      const m = p.getScreenCTM()!;
      const onScreen = (t: number) => {
        const point = p.getPointAtLength(p.getTotalLength() * t);
        return { x: point.x * m.a + m.e, y: point.y * m.d + m.f };
      };
      const ts = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9];
      const at = ts.map(onScreen).find(({ x, y }) => document.elementFromPoint(x, y) === p) ?? onScreen(0.5);
      return { ...at, links: p.parentElement!.dataset.links!.split(' ') };
    });
}

test('a link shows its label under the pointer, and a WAN hub says what it carries and what a click does', async ({
  page,
}) => {
  await openGraph(page, '#/arch/kubeedge');
  await still(page);
  await expect(page.getByTestId('edge-label')).toHaveCount(0);
  await expect(page.getByRole('tooltip')).toBeHidden();
  const at = await lineMiddle(page, 'g.edge .edge-hit', 3);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('edge-label')).toHaveCount(1);
  const hub = page.getByTestId('wan-hub').first();
  await hub.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('Carries:');
  await expect(tip).toContainText('Click or press Enter to cut it.');
  const geometry = await tipGeometry(page);
  expect(geometry).toMatchObject({ inside: true, onTop: true, passesPointer: true });
  expect(geometry.width).toBeGreaterThan(80);
  // The hub is described by the tooltip.
  const describedBy = await page.locator('.react-flow__node-hub').first().getAttribute('aria-describedby');
  expect(describedBy).toBe(await tip.getAttribute('id'));
  // A click goes through to the hub: its link is cut, and the tooltip says so.
  await hub.click();
  await expect(page.getByTestId('wan-hub').first()).toHaveAttribute('data-severed', 'true');
  await expect(tip).toContainText('Click or press Enter to restore it.');
});

test('issue 27 item 6: a line under the pointer shows every link it carries, in full, inside the canvas', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openGraph(page, '#/arch/tripleo-dcn');
  await still(page);
  const arch = architectures['tripleo-dcn']!;
  const labelOf = new Map(arch.links.map((l) => [`${l.from}->${l.to}`, l.label]));
  const nameOf = new Map(arch.components.map((c) => [c.id, c.name]));
  // A WAN lane between the sites: it carries more links than a label on the diagram shows ("… +N more").
  const index = await page
    .locator('g.edge-wan')
    .evaluateAll((groups) =>
      groups.findIndex(
        (g) =>
          (g as HTMLElement).dataset.edge!.startsWith('lane:') &&
          (g as HTMLElement).dataset.links!.split(' ').length > 3,
      ),
    );
  const at = await lineMiddle(page, 'g.edge-wan .edge-hit', index);
  await page.mouse.move(at.x, at.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  const text = (await tip.textContent()) ?? '';
  for (const key of at.links) {
    const [from, to] = key.split('->');
    for (const words of [labelOf.get(key)!, nameOf.get(from!)!, nameOf.get(to!)!]) expect(text).toContain(words);
  }
  const geometry = await tipGeometry(page);
  expect(geometry).toMatchObject({ inside: true, onTop: true, passesPointer: true });
  expect(geometry.fontPx).toBeGreaterThanOrEqual(13);
  // Off the line, it goes.
  await page.mouse.move(5, 700);
  await expect(tip).toBeHidden();
});

for (const [theme, tier] of sweep(['light', 'projector'], ['projector'])) {
  test(`issue 27 item 6: a WAN hub focused from the keyboard shows its tooltip (${theme})`, tier, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openGraph(page, `#/arch/airship?theme=${theme}`);
    await still(page);
    const hub = page.locator('.react-flow__node-hub').first();
    await page.locator('.react-flow__node-component').first().focus();
    // Tab through the diagram's nodes until the hub has focus.
    for (let i = 0; i < 80 && !(await hub.evaluate((h) => h === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(hub).toBeFocused();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText('Carries:');
    await expect(tip).toContainText('press Enter to cut it');
    expect(await hub.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    const geometry = await tipGeometry(page);
    expect(geometry).toMatchObject({ inside: true, onTop: true, passesPointer: true });
    expect(geometry.color).not.toBe(geometry.background);
    // Enter cuts the link; the tooltip follows.
    await page.keyboard.press('Enter');
    await expect(tip).toContainText('press Enter to restore it');
    await page.locator('.react-flow__node-component').first().focus();
    await expect(tip).toBeHidden();
  });
}

// WAN legs share stretches (merged into one port, or leaving one component for two edge sites). Drawn
// out of step, their dashes fill each other's gaps and the stretch reads as a solid line: a local link,
// by the legend. Measured on the screenshot: along each shared stretch, the share drawn in the WAN colour.
test('issue 27 item 6: WAN legs drawn over one another still read as dashed lines', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openGraph(page, '#/arch/tripleo-dcn');
  await settled(page);
  const { stretches, colour } = await page.evaluate(() => {
    const lines = [
      ...document.querySelectorAll<SVGPathElement>(
        '[data-testid="edge-layer"] g.edge-wan:not(.edge-severed) .edge-line',
      ),
    ];
    // Each path's horizontal straight parts, from its path data (M, L and Q commands).
    const parts = lines.map((line) => {
      const tokens = line.getAttribute('d')!.match(/[MLQ]|-?\d+(\.\d+)?/g)!;
      const out: { y: number; lo: number; hi: number }[] = [];
      let [i, x, y] = [0, 0, 0];
      while (i < tokens.length) {
        const command = tokens[i++];
        const values = (command === 'Q' ? tokens.slice(i, (i += 4)) : tokens.slice(i, (i += 2))).map(Number);
        const [tx, ty] = values.slice(-2) as [number, number];
        if (command === 'L' && Math.abs(ty - y) < 0.05 && Math.abs(tx - x) > 0)
          out.push({ y, lo: Math.min(x, tx), hi: Math.max(x, tx) });
        [x, y] = [tx, ty];
      }
      return out;
    });
    const matrix = lines[0]!.ownerSVGElement!.getScreenCTM()!;
    const seen = new Set<string>();
    const shared: { y: number; x0: number; x1: number }[] = [];
    parts.forEach((a, i) =>
      parts.slice(i + 1).forEach((b) => {
        for (const s of a)
          for (const t of b) {
            const [lo, hi] = [Math.max(s.lo, t.lo), Math.min(s.hi, t.hi)];
            if (Math.abs(s.y - t.y) > 0.3 || hi - lo < 30) continue;
            const key = `${Math.round(s.y)}:${Math.round(lo)}:${Math.round(hi)}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const [p, q] = [
              new DOMPoint(lo + 3, s.y).matrixTransform(matrix),
              new DOMPoint(hi - 3, s.y).matrixTransform(matrix),
            ];
            shared.push({ y: p.y, x0: p.x, x1: q.x });
          }
      }),
    );
    const rgb = getComputedStyle(lines[0]!).stroke.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
    return { stretches: shared, colour: rgb };
  });
  // TripleO's central site merges a dozen legs: there are shared stretches to look at.
  expect(stretches.length).toBeGreaterThan(10);
  const shares = await colourShare(page, await page.screenshot(), stretches, colour);
  const solid = shares.filter((share) => share > 0.9);
  // A dash is 9 of every 14 px; crossings and arrowheads add a little. Conflicting merges leave a few.
  expect(solid.length / shares.length).toBeLessThan(0.15);
});
