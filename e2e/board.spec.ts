/**
 * The board of every architecture and a deck of one's own, on the built site: the board's answers are
 * each architecture's own (the same engine), its picture export fills a slide with text a 720p share
 * reads, a deck of three views survives its link, and its PowerPoint has text on every slide and every
 * picture whole inside it (LibreOffice renders the slides in the deep tier, and they are measured).
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { architectureIds, architectures } from './data';
import { drawnBounds } from './pixels';
import { PDFTOPPM, pictureProblems, renderSlides, slideLayout, SOFFICE, unzip, type SlideFacts } from './pptx';
import { deep } from './tiers';

/**
 * Per capability, the states one architecture's answers show in these rows, as a sorted set: the board
 * answers for every cut-off site at once, an architecture's own cut summary has a table per group of sites.
 */
async function statesIn(rows: Locator, arch: string): Promise<Record<string, string>> {
  const pairs = await rows.evaluateAll(
    (list, id) =>
      list.map(
        (row) =>
          [
            row.getAttribute('data-capability')!,
            row.querySelector(`td[data-arch="${id}"]`)!.getAttribute('data-state')!,
          ] as const,
      ),
    arch,
  );
  const union = new Map<string, Set<string>>();
  for (const [capability, states] of pairs)
    for (const state of states.split(' ')) union.set(capability, (union.get(capability) ?? new Set()).add(state));
  return Object.fromEntries([...union].map(([capability, states]) => [capability, [...states].sort().join(' ')]));
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

test('the board at cut=all&t=1d answers as each architecture’s own table, and every answer opens it', async ({
  page,
}, info) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, '#/board?cut=all&t=1d');
  const board = page.getByTestId('capability-table');
  // Every architecture the data holds is a column.
  await expect(board.locator('thead th[scope="col"]')).toHaveCount(architectureIds.length + 1);
  await expect(page.getByTestId('board-condition')).toHaveText('Every edge site cut off, 1 day into the cut');
  await info.attach('board 1280×720', { body: await page.screenshot(), contentType: 'image/png' });
  const onBoard = new Map<string, Record<string, string>>();
  for (const id of architectureIds) onBoard.set(id, await statesIn(board.getByTestId('capability-row'), id));

  for (const id of architectureIds) {
    await open(page, `#/arch/${id}?cut=all&t=1d`);
    const own = page.getByTestId('cut-summary').getByTestId('capability-row');
    await expect(own.first()).toBeVisible();
    const states = await statesIn(own, id);
    // The board lists the union of capabilities; an architecture's own table, those it documents.
    const documented = new Set((architectures[id]!.capabilities ?? []).map((c) => c.capability));
    expect(Object.keys(states).sort(), id).toEqual([...documented].sort());
    for (const [capability, state] of Object.entries(states))
      expect(onBoard.get(id)![capability], `${id} · ${capability}`).toBe(state);
  }

  // Rows where the architectures differ are marked; an answer opens its architecture at the same
  // condition with the component that limits it selected.
  await open(page, '#/board?cut=all&t=1d');
  const rows = page.getByTestId('capability-row');
  await expect(rows.first()).toBeVisible();
  const differs = await rows.evaluateAll((list) =>
    list.map((row) => {
      const worst = [...row.querySelectorAll('td[data-arch]')].map((cell) => {
        const states = cell.getAttribute('data-state')!.split(' ');
        return ['unavailable', 'degraded', 'not-provided', 'operational', 'not-at-site', 'connected'].find((s) =>
          states.includes(s),
        );
      });
      return { marked: row.getAttribute('data-differs') === 'true', differ: new Set(worst).size > 1 };
    }),
  );
  for (const row of differs) expect(row.marked).toBe(row.differ);
  expect(differs.some((r) => r.marked)).toBe(true);
  const limited = page.locator('[data-testid="capability-answer"][data-state="unavailable"] a').first();
  const href = (await limited.getAttribute('href'))!;
  expect(href).toMatch(/^#\/arch\/[\w-]+\?cut=all&t=1d&node=[\w-]+$/);
  await limited.click();
  const node = /node=([\w-]+)/.exec(href)![1]!;
  await expect(page.locator(`.react-flow__node[data-id="${node}"]`)).toHaveClass(/selected/);
});

test('over time: the same table at each moment, each column the board at that moment', async ({ page }) => {
  test.setTimeout(60_000);
  const times = { '0': 0, '10m': 600, '1d': 86400, '30d': 2592000 };
  await open(page, `#/board?cut=all&at=${Object.keys(times).join(',')}`);
  const grid = page.getByTestId('board-over-time');
  await expect(grid.getByTestId('board-time-row').first()).toBeVisible();
  const overTime = await grid
    .locator('td[data-arch]')
    .evaluateAll((cells) =>
      cells.map((c) => [
        c.closest('tr')!.getAttribute('data-capability'),
        c.getAttribute('data-arch'),
        c.getAttribute('data-at'),
        c.getAttribute('data-state'),
      ]),
    );
  expect(overTime).toHaveLength(
    architectureIds.length * Object.keys(times).length * (await grid.getByTestId('board-time-row').count()),
  );
  const order = ['unavailable', 'degraded', 'not-provided', 'operational', 'not-at-site', 'connected'];
  for (const [param, seconds] of Object.entries(times)) {
    await open(page, `#/board?cut=all${seconds ? `&t=${param}` : ''}`);
    const rows = page.getByTestId('capability-table').getByTestId('capability-row');
    await expect(rows.first()).toBeVisible();
    for (const id of architectureIds) {
      const states = await statesIn(rows, id);
      for (const [capability, state] of Object.entries(states)) {
        const worst = order.find((s) => state.split(' ').includes(s)) ?? 'missing';
        const cell = overTime.find((c) => c[0] === capability && c[1] === id && Number(c[2]) === seconds)!;
        expect(cell?.[3], `${id} · ${capability} at ${param}`).toBe(worst);
      }
    }
  }
});

test('the board reads on a 720p share (text at least 14 px) and on a phone (one way to scroll)', async ({
  page,
}, info) => {
  for (const at of ['', '&at=0,10m,1d,30d']) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, `#/board?cut=all${at}`);
    await expect(page.locator('[data-testid="capability-row"], [data-testid="board-time-row"]').first()).toBeVisible();
    const small = await page.getByTestId('board').evaluate((board) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(board, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (!node.textContent!.trim() || element.closest('.sr-only')) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < 14) found.push(`${size}px: ${node.textContent!.trim().slice(0, 40)}`);
      }
      return found;
    });
    // The time ruler's labels are the slider's scale (12 px), not the board's text.
    expect(
      small.filter((s) => !/just cut|\d+ (s|min|days?)$/.test(s)),
      at || 'one moment',
    ).toEqual([]);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '#/board?cut=all');
  const rows = page.getByTestId('capability-row');
  await expect(rows.first()).toBeVisible();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    main: document.getElementById('main-content')!.scrollWidth,
    table: document.querySelector('[data-testid="capability-grid"]')!.parentElement!.scrollWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(390);
  expect(widths.main).toBeLessThanOrEqual(390);
  expect(widths.table).toBeLessThanOrEqual(390);
  // Each architecture's answer sits under the capability, named.
  const first = rows.first();
  for (const id of architectureIds)
    await expect(first.locator(`td[data-arch="${id}"]`)).toContainText(architectures[id]!.name);
  await info.attach('board 390×844', { body: await page.screenshot(), contentType: 'image/png' });
});

test('the board exports one slide-sized picture (PNG and plain SVG) and Markdown, each with its condition and link', async ({
  page,
}, info) => {
  test.setTimeout(60_000);
  await open(page, '#/board?cut=all&t=1d');
  await expect(page.getByTestId('capability-row').first()).toBeVisible();
  const link = page.url();
  const png = await download(page, () => page.locator('[data-export="board-png"]').click());
  expect(png.name).toMatch(/^board-.*\.png$/);
  await info.attach('board.png', { body: png.body, contentType: 'image/png' });
  const drawn = await drawnBounds(page, png.body);
  expect(drawn.width).toBe(1920);
  expect(drawn.height).toBeGreaterThanOrEqual(1080);
  // The table fills the frame, edge to edge within its margins, top to bottom.
  expect(drawn.left).toBeLessThanOrEqual(60);
  expect(drawn.right).toBeGreaterThanOrEqual(1860);
  expect(drawn.top).toBeLessThanOrEqual(60);
  expect(drawn.bottom).toBeGreaterThanOrEqual(drawn.height - 120);

  const svg = (await download(page, () => page.locator('[data-export="board-svg"]').click())).body.toString();
  expect(svg).not.toMatch(/<foreignObject|<image|<script/);
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  // 22 px of 1920 is 14.7 px when the picture fills a 1280-wide share.
  expect(Math.min(...sizes) * (1280 / 1920)).toBeGreaterThanOrEqual(14);
  // Every text drawn, read back (names wrap onto lines of their own).
  const drawnText = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
    .join(' ');
  for (const id of architectureIds) expect(drawnText).toContain(architectures[id]!.name);
  expect(drawnText).toContain('1 day into the cut');
  expect(drawnText).toContain(link);

  const markdown = (await download(page, () => page.locator('[data-export="board-markdown"]').click())).body.toString();
  expect(markdown).toContain(link);
  for (const id of architectureIds) expect(markdown).toContain(architectures[id]!.name);

  // Over time, the picture is the table at each moment: a mark per architecture, moment and capability.
  await open(page, '#/board?cut=all&at=0,10m,1d,30d');
  await expect(page.getByTestId('board-over-time')).toBeVisible();
  const overTime = (await download(page, () => page.locator('[data-export="board-svg"]').click())).body.toString();
  const marks = [...overTime.matchAll(/<rect [^>]*width="44" height="36"/g)].length;
  const rows = await page.getByTestId('board-time-row').count();
  expect(marks).toBe(rows * architectureIds.length * 4);
  expect(overTime).toContain('at just cut, 10 min, 1 day, 30 days');
  const picture = await drawnBounds(
    page,
    (await download(page, () => page.locator('[data-export="board-png"]').click())).body,
  );
  expect(picture.right).toBeGreaterThanOrEqual(1860);
  await info.attach('board over time.png', {
    body: (await download(page, () => page.locator('[data-export="board-png"]').click())).body,
    contentType: 'image/png',
  });
});

/** Collects three views into the deck with "+ Deck": a diagram under a cut with a selection, the board, a tour step. */
async function collectThree(page: Page) {
  const [first, second] = architectureIds as [string, string];
  const node = architectures[first]!.components[0]!.id;
  await open(page, `#/arch/${first}?cut=all&t=1d&node=${node}`);
  await page.getByTestId('add-to-deck').click();
  await expect(page.getByTestId('deck-count')).toHaveText('1 in deck');
  await open(page, '#/board?cut=all&at=0,1d');
  await page.getByTestId('add-to-deck').click();
  await expect(page.getByTestId('deck-count')).toHaveText('2 in deck');
  await open(page, `#/present/${second}?step=2`);
  await page.getByTestId('add-to-deck').click();
  await expect(page.getByTestId('deck-count')).toHaveText('3 in deck');
  return { first, second, node };
}

test('a deck of three views: collected, retitled, reordered, presented, and the same through its link', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  const { first, second, node } = await collectThree(page);
  await page.getByTestId('deck-count').click();
  await expect(page).toHaveURL(/#\/deck\?deck=[\w-]+$/);
  const slides = page.getByTestId('deck-slide');
  await expect(slides).toHaveCount(3);
  await expect(slides.nth(0)).toContainText(architectures[first]!.name);
  await expect(slides.nth(2)).toContainText('tour step 2');
  // A title is edited in place; the order changes with the arrows.
  const title = slides.nth(1).getByTestId('deck-slide-title');
  await title.fill('What survives a day without the WAN');
  await title.press('Enter');
  await page.getByRole('button', { name: 'Move slide 2 up' }).click();
  await expect(slides.nth(0).getByTestId('deck-slide-title')).toHaveValue('What survives a day without the WAN');
  const link = page.url();

  // The link alone, in a browser that never saw the deck.
  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(reader.getByTestId('deck-slide')).toHaveCount(3);
  await expect(reader.getByTestId('deck-slide-title').first()).toHaveValue('What survives a day without the WAN');
  // Their own (empty) deck is not replaced by a shared one unless they ask.
  await expect(reader.getByTestId('deck-shared')).toBeVisible();
  expect(await reader.evaluate(() => localStorage.getItem('edge-explorer-deck'))).toBeNull();
  // Presented with the presentation's keys.
  await reader.getByTestId('deck-present').click();
  await expect(reader.getByTestId('deck-show')).toHaveAttribute('data-step', '1');
  await expect(reader.getByTestId('deck-show-title')).toHaveText('What survives a day without the WAN');
  await expect(reader.getByTestId('board-over-time')).toBeVisible();
  await reader.keyboard.press('ArrowRight');
  await expect(reader.getByTestId('deck-show')).toHaveAttribute('data-step', '2');
  await expect(reader.locator(`.react-flow__node[data-id="${node}"]`)).toBeVisible();
  await expect(reader).toHaveURL(/step=2/);
  await reader.keyboard.press('End');
  await expect(reader.getByTestId('deck-show')).toHaveAttribute('data-step', '3');
  await expect(reader.locator('main[aria-label^="Slide 3"]')).toContainText(
    architectures[second]!.tour![1]!.text.slice(0, 40),
  );
  await reader.keyboard.press('Escape');
  await expect(reader.getByTestId('deck-slide')).toHaveCount(3);
  await other.close();
});

test('a deck as PowerPoint: a slide per view (one per moment of the board over time), text on every slide, every picture whole', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { first, second } = await collectThree(page);
  await open(page, '#/deck');
  await expect(page.getByTestId('deck-slide')).toHaveCount(3);
  const file = await download(page, () => page.getByTestId('deck-pptx').click());
  expect(file.name).toMatch(/\.pptx$/);
  // The cover, the diagram, the board at two moments, the tour step.
  await expect(page.getByTestId('deck-status')).toContainText('5 slides');
  const layout = slideLayout(unzip(file.body));
  expect(layout.slides).toHaveLength(5);
  const [cover, diagram, boardJustCut, boardDay, step] = layout.slides as [
    SlideFacts,
    SlideFacts,
    SlideFacts,
    SlideFacts,
    SlideFacts,
  ];
  expect(cover.text).toContain(architectures[first]!.name);
  expect(diagram.text).toContain('1 day into the cut');
  expect(diagram.text).toMatch(/Operational.*Degraded.*Unavailable/);
  expect(boardJustCut.text).toContain('at just cut');
  expect(boardDay.text).toContain('at 1 day');
  const tourStep = architectures[second]!.tour![1]!;
  expect(step.text).toContain(tourStep.text.replace(/\s+/g, ' ').slice(0, 60));
  expect(step.notes).toContain(tourStep.text.replace(/\s+/g, ' ').slice(0, 60));
  for (const slide of layout.slides.slice(1)) {
    expect(slide.pictures).toHaveLength(1);
    expect(slide.text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/explorer\/#\//);
  }
  expect(pictureProblems(layout)).toEqual([]);
});

test(
  'a deck’s slides rendered by LibreOffice: text on every slide, nothing reaching the slide’s edge',
  deep,
  async ({ page }, info) => {
    test.setTimeout(180_000);
    expect(SOFFICE, 'LibreOffice is missing: sudo apt-get install -y libreoffice-impress').toBeDefined();
    expect(PDFTOPPM, 'pdftoppm is missing: sudo apt-get install -y poppler-utils').toBeDefined();
    await collectThree(page);
    await open(page, '#/deck');
    const file = await download(page, () => page.getByTestId('deck-pptx').click());
    const { pngs, texts } = renderSlides(file.body);
    expect(pngs).toHaveLength(5);
    for (const [i, png] of pngs.entries()) {
      await info.attach(`slide ${i + 1}`, { body: png, contentType: 'image/png' });
      expect(texts[i]!.trim().length, `text on slide ${i + 1}`).toBeGreaterThan(20);
      const drawn = await drawnBounds(page, png);
      // Margins on every side: a picture cut at the slide's edge would reach it.
      expect(drawn.left / drawn.width, `slide ${i + 1} left`).toBeGreaterThan(0.02);
      expect(drawn.right / drawn.width, `slide ${i + 1} right`).toBeLessThan(0.98);
      expect(drawn.top / drawn.height, `slide ${i + 1} top`).toBeGreaterThan(0.01);
      expect(drawn.bottom / drawn.height, `slide ${i + 1} bottom`).toBeLessThan(0.99);
    }
  },
);
