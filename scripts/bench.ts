/**
 * `npm run bench`: performance figures of the production build, printed as a table (not a test).
 * Builds the site and a bare React + React Flow baseline with the same Vite, serves both locally
 * and measures in headless Chromium, median of RUNS fresh loads each.
 *   --write-readme   also writes the table into README.md between the bench markers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { measureDiagram } from '../e2e/diagramMetrics';
import { OVERVIEW_ZOOM } from '../src/model/geometry';
import { chromiumLaunch } from './chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4190;
const BASE_PORT = 4191;
const root = path.resolve(import.meta.dirname, '..');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function serve(dir: string, port: number, base: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), dir, String(port), base], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.once('data', () => resolve(child));
    child.once('error', reject);
  });
}

/** gzip size (level 9) of every script and style sheet the page loaded, read from the built files. */
async function transferred(
  browser: Browser,
  url: string,
  dir: string,
  base: string,
  ready: (page: Page) => Promise<void>,
): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('response', (response) => {
    const pathname = new URL(response.url()).pathname;
    if (/\.(js|css)$/.test(pathname)) files.add(pathname.slice(base.length));
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(path.join(dir, file!)), { level: 9 }).length;
  return total;
}

/** "At least `count` elements match `selector`": conditions are data, as the site's CSP forbids eval. */
type Condition = { selector: string; count: number };

/*
 * The in-page code is written as strings: tsx (esbuild) would otherwise wrap named functions in a
 * `__name` helper that does not exist in the page.
 */
const untilScript = (done: Condition, then: string) => `
  (function check() {
    var n = document.querySelectorAll(${JSON.stringify(done.selector)}).length;
    if (${done.count === 0 ? 'n === 0' : `n >= ${done.count}`}) requestAnimationFrame(function () { ${then} });
    else requestAnimationFrame(check);
  })();`;

/** Presses a key (as the window sees it) and resolves with the ms to the frame after `done` first holds. */
async function timeKey(page: Page, key: string, done: Condition): Promise<number> {
  return page.evaluate(`new Promise(function (resolve) {
    var start = performance.now();
    (document.activeElement || document.body).dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true }));
    ${untilScript(done, 'setTimeout(function () { resolve(performance.now() - start); });')}
  })`) as Promise<number>;
}

/** Clicks `target` in the page and resolves with the ms from the click to the frame after `done` first holds. */
async function timeInPage(page: Page, target: string, done: Condition): Promise<number> {
  return page.evaluate(`new Promise(function (resolve) {
    var start = performance.now();
    document.querySelector(${JSON.stringify(target)}).click();
    ${untilScript(done, 'setTimeout(function () { resolve(performance.now() - start); });')}
  })`) as Promise<number>;
}

/**
 * Clicks `target` and resolves with the ms from the click to the frame after `done` first holds, and to
 * the frame after `after` first holds (the panel, which follows the diagram a frame or more behind).
 */
async function timeTwo(page: Page, target: string, done: Condition, after: Condition): Promise<[number, number]> {
  return page.evaluate(`new Promise(function (resolve) {
    var start = performance.now();
    var first = null;
    document.querySelector(${JSON.stringify(target)}).click();
    ${untilScript(done, 'setTimeout(function () { first = performance.now() - start; });')}
    ${untilScript(after, 'setTimeout(function () { (function wait() { if (first === null) return setTimeout(wait); resolve([first, performance.now() - start]); })(); });')}
  })`) as Promise<[number, number]>;
}

/** The cut summary drawn in the panel. */
const summaryPainted: Condition = { selector: '#details-panel [data-testid="cut-summary"]', count: 1 };

interface Scenario {
  label: string;
  hash: string;
  /** Holds once the whole first graph is on screen. */
  painted: Condition;
  /** Holds once every edge site shows as cut. */
  cutPainted: Condition;
  /** A component to click. */
  select: string;
  /** Holds once Random 30% has cut some sites (a fleet only; the button is there only for a fleet). */
  randomPainted?: Condition;
}

async function measureScenario(browser: Browser, base: string, s: Scenario) {
  const first: number[] = [];
  const pixels: number[] = [];
  const cut: number[] = [];
  const select: number[] = [];
  const random: number[] = [];
  const cutSummary: number[] = [];
  const randomSummary: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // Polled every frame from the first script on: navigation start → first frame with every node.
    // And to the first frame with any diagram: the boot script's pre-drawn picture (src/boot) or the graph.
    await page.addInitScript({
      content: `requestAnimationFrame(function () { ${untilScript(s.painted, 'window.firstGraph = performance.now();')} });
      (function pixels() {
        var img = document.getElementById('first-picture');
        var drawn = (img && img.complete && img.naturalWidth > 0) || document.querySelectorAll(${JSON.stringify(s.painted.selector)}).length >= ${s.painted.count};
        if (drawn) requestAnimationFrame(function () { window.firstPixels = performance.now(); });
        else requestAnimationFrame(pixels);
      })();`,
    });
    await page.goto(`${base}${s.hash}`);
    // Polled from here: page.waitForFunction compiles its predicate with eval, which the site's CSP forbids.
    let firstGraph: number | undefined;
    for (let waited = 0; firstGraph === undefined && waited < 60_000; waited += 50) {
      firstGraph = await page.evaluate(() => (window as unknown as { firstGraph?: number }).firstGraph);
      if (firstGraph === undefined) await page.waitForTimeout(50);
    }
    if (firstGraph === undefined) throw new Error(`${s.label}: the graph never finished painting`);
    first.push(firstGraph);
    pixels.push((await page.evaluate(() => (window as unknown as { firstPixels?: number }).firstPixels)) ?? firstGraph);
    // A reader's pointer is over the page before a click: the page fetches its panels on that intent.
    await page.mouse.move(640, 400);
    await page.waitForTimeout(300);
    if (s.randomPainted) {
      const [painted, summary] = await timeTwo(page, '[data-testid="random-cut"]', s.randomPainted, summaryPainted);
      random.push(painted);
      randomSummary.push(summary);
      // Cut all is offered again once nothing is cut (the same button reads Restore all meanwhile).
      await page.getByRole('button', { name: '⟲ Restore all', exact: true }).click();
      await page.waitForTimeout(300);
    }
    const [painted, summary] = await timeTwo(page, '[aria-label="Cut all edge sites"]', s.cutPainted, summaryPainted);
    cut.push(painted);
    cutSummary.push(summary);
    await page.waitForTimeout(300);
    select.push(await timeInPage(page, s.select, { selector: '[data-testid="details-panel"]', count: 1 }));
    await context.close();
  }
  return {
    first: median(first),
    pixels: median(pixels),
    cut: median(cut),
    select: median(select),
    random: random.length > 0 ? median(random) : null,
    cutSummary: median(cutSummary),
    randomSummary: randomSummary.length > 0 ? median(randomSummary) : null,
  };
}

/** Longest main-thread task while dragging the view around a 1,000-site fleet, zoomed out and zoomed in. */
async function panLongTask(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${base}#/arch/starlingx-distributed-cloud?sites=1000`);
  await page.locator('[data-testid="fleet-overview"][data-tiles="1000"]').waitFor();
  await page.evaluate(`window.longest = 0;
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) { window.longest = Math.max(window.longest, entry.duration); });
    }).observe({ type: 'longtask' });`);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  async function drag() {
    for (let i = 0; i < 6; i++) {
      await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
      await page.mouse.down();
      await page.mouse.move(
        pane.x + pane.width / 2 + (i % 2 ? -250 : 250),
        pane.y + pane.height / 2 + (i % 3 ? 120 : -120),
        { steps: 20 },
      );
      await page.mouse.up();
    }
  }
  await drag();
  // Zoomed in on the fleet, where the sites' components are drawn; the jump there is navigation, not panning.
  await page.goto(`${base}#/arch/starlingx-distributed-cloud?sites=1000&view=-1000,-1000,0.5`);
  await page.locator('.react-flow__node-component').nth(20).waitFor();
  await page.waitForTimeout(500);
  await page.evaluate('window.longest = 0');
  await drag();
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  await context.close();
  return longest;
}

const watchLongTasks = `window.longest = 0;
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) { window.longest = Math.max(window.longest, entry.duration); });
  }).observe({ type: 'longtask' });`;
const readLongest = async (page: Page) => (await page.evaluate('window.longest')) as number;

/**
 * A 1,000-site fleet zoomed in as a user gets there, with the mouse wheel from the overview until the
 * sites' components are drawn; then select and deselect a component and pan. Median of RUNS.
 */
async function fleetZoomedIn(browser: Browser, base: string) {
  const cross: number[] = [];
  const select: number[] = [];
  const deselect: number[] = [];
  const pan: number[] = [];
  const drawn: number[] = [];
  const pieces: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${base}#/arch/starlingx-distributed-cloud?sites=1000`);
    await page.locator('[data-testid="fleet-overview"][data-tiles="1000"]').waitFor();
    await page.waitForTimeout(300);
    await page.evaluate(watchLongTasks);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    // Wheel steps until the view passes the zoom where sites become nodes: where the wheel stops does not
    // depend on how fast the page answered, so every run measures the same view (the first one past it,
    // with the most of the fleet on screen).
    const zoom = async () =>
      (await page.evaluate(
        `new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a`,
      )) as number;
    for (let step = 0; step < 80 && (await zoom()) < OVERVIEW_ZOOM; step++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(60);
    }
    await page.locator('.react-flow__node-component[data-id^="fleet-"]').first().waitFor();
    await page.waitForTimeout(600);
    cross.push(await readLongest(page));
    // What the figures below are measured on: how much of the fleet is drawn where the wheel stopped.
    drawn.push(await page.locator('.react-flow__node-component').count());
    pieces.push(await page.locator('[data-testid="edge-layer"] .edge').count());
    // What a reader clicks: the component nearest the middle of the screen (the first one in the page
    // may be a sliver under the header, which no one could click).
    const middle = (await page.evaluate(`(function () {
      var canvas = document.querySelector('.react-flow__pane').getBoundingClientRect();
      var cx = canvas.x + canvas.width / 2, cy = canvas.y + canvas.height / 2;
      function distance(n) {
        var r = n.getBoundingClientRect();
        return Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
      }
      var nodes = Array.from(document.querySelectorAll('.react-flow__node-component[data-id^="fleet-"]'));
      return nodes.sort(function (a, b) { return distance(a) - distance(b); })[0].dataset.id;
    })()`)) as string;
    const target = `.react-flow__node[data-id="${middle}"]`;
    select.push(await timeInPage(page, target, { selector: '[data-testid="details-panel"]', count: 1 }));
    await page.waitForTimeout(300);
    deselect.push(await timeKey(page, 'Escape', { selector: '[data-testid="details-panel"]', count: 0 }));
    await page.waitForTimeout(300);
    await page.evaluate('window.longest = 0');
    for (let i = 0; i < 4; i++) {
      await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
      await page.mouse.down();
      await page.mouse.move(
        pane.x + pane.width / 2 + (i % 2 ? -200 : 200),
        pane.y + pane.height / 2 + (i % 3 ? 100 : -100),
        { steps: 20 },
      );
      await page.mouse.up();
    }
    await page.waitForTimeout(300);
    pan.push(await readLongest(page));
    await context.close();
  }
  return {
    cross: median(cross),
    select: median(select),
    deselect: median(deselect),
    pan: median(pan),
    drawn: median(drawn),
    pieces: median(pieces),
  };
}

interface DiagramFigures {
  id: string;
  size: string;
  inside: number;
  crossings: number;
  clipped: number;
  smallest: number;
  withoutArrow: number;
  titlesCrossed: number;
}

/** The drawn diagram of every architecture at fit view, measured from the DOM (e2e/diagramMetrics.ts). */
async function diagramFigures(browser: Browser, base: string, ids: readonly string[]): Promise<DiagramFigures[]> {
  const figures: DiagramFigures[] = [];
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    for (const id of ids) {
      const context = await browser.newContext({ viewport: { width, height } });
      // tsx names functions with a `__name` helper that the page does not have: give it one.
      await context.addInitScript({ content: 'window.__name = function (f) { return f; };' });
      const page = await context.newPage();
      await page.goto(`${base}#/arch/${id}`);
      await page.locator('[data-testid="edge-layer"] g.edge').first().waitFor({ state: 'attached' });
      await page.evaluate('document.fonts.ready');
      await page.waitForTimeout(400);
      const m = await page.evaluate(measureDiagram);
      figures.push({
        id,
        size: `${width}×${height}`,
        inside: m.insideOtherBoxesPercent,
        crossings: m.crossings,
        clipped: m.clippedLabels.length,
        smallest: m.smallestLabelPx,
        withoutArrow: m.linksWithoutArrow.length,
        titlesCrossed: m.titlesCrossed.length,
      });
      await context.close();
    }
  }
  return figures;
}

async function main() {
  console.log('Building the site and the baseline…');
  const quiet = { logLevel: 'error' as const };
  await build({ root, logLevel: 'error', configFile: path.join(root, 'vite.config.ts') });
  const baselineDir = path.join(os.tmpdir(), 'edge-explorer-baseline');
  await build({
    root: path.join(root, 'scripts/bench-baseline'),
    base: './',
    configFile: false,
    ...quiet,
    build: { outDir: baselineDir, emptyOutDir: true },
  });

  const site = await serve(path.join(root, 'dist'), PORT, '/explorer/');
  const baselineServer = await serve(baselineDir, BASE_PORT, '/');
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const base = `http://127.0.0.1:${PORT}/explorer/`;
    const appBytes = await transferred(
      browser,
      `${base}#/arch/tripleo-dcn`,
      path.join(root, 'dist'),
      '/explorer/',
      (p) => p.locator('.react-flow__node-component').first().waitFor(),
    );
    const baselineBytes = await transferred(browser, `http://127.0.0.1:${BASE_PORT}/`, baselineDir, '/', (p) =>
      p.locator('.react-flow__node').nth(9).waitFor(),
    );

    const shippedCount = await componentCount('starlingx-distributed-cloud');
    const architectureIds = (await readdir(path.join(root, 'architectures')))
      .filter((f) => f.endsWith('.yaml') && !['requirements.yaml', 'models.yaml', 'capabilities.yaml'].includes(f))
      .map((f) => f.replace(/\.yaml$/, ''));
    const component = `.react-flow__node-component[data-id]`;
    const scenarios: Scenario[] = [
      {
        label: 'shipped data (StarlingX DC)',
        hash: '#/arch/starlingx-distributed-cloud',
        painted: { selector: '.react-flow__node-component', count: shippedCount },
        cutPainted: { selector: '[data-testid="wan-hub"][data-severed="true"]', count: 2 },
        select: component,
      },
      ...[100, 1000, 2000].map((n) => ({
        label: `sites=${n}`,
        hash: `#/arch/starlingx-distributed-cloud?sites=${n}`,
        painted: { selector: `[data-testid="fleet-overview"][data-tiles="${n}"]`, count: 1 },
        cutPainted: { selector: `[data-testid="fleet-overview"][data-cut-count="${n}"]`, count: 1 },
        randomPainted: { selector: '[data-testid="fleet-overview"]:not([data-cut-count="0"])', count: 1 },
        select: component,
      })),
    ];
    const results = [];
    for (const s of scenarios) {
      console.log(`Measuring ${s.label} (${RUNS} loads)…`);
      results.push({ ...s, ...(await measureScenario(browser, base, s)) });
    }
    console.log('Measuring long tasks while panning sites=1000…');
    const longTask = await panLongTask(browser, base);
    console.log(`Measuring a 1,000-site fleet zoomed in with the wheel (${RUNS} loads)…`);
    const zoomed = await fleetZoomedIn(browser, base);
    console.log('Measuring the drawn diagrams…');
    const diagrams = await diagramFigures(browser, base, architectureIds);

    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    const ratio = appBytes / baselineBytes;
    const ok = (met: boolean) => (met ? 'met' : '**not met**');
    const targets = { pixels: 250, first: [500, 3000], cut: [100, 250], select: [100, 100] };
    const rows = [
      `| figure | measured | target | |`,
      `| --- | ---: | ---: | --- |`,
      `| JS+CSS for #/arch/tripleo-dcn (gzip) | ${kb(appBytes)} | ≤ 1.3 × baseline | |`,
      `| baseline: React + React Flow, 10 nodes (gzip) | ${kb(baselineBytes)} | | |`,
      `| ratio to the baseline | ${ratio.toFixed(2)} × | ≤ 1.30 × | ${ok(ratio <= 1.3)} |`,
      ...results.flatMap((r, i) => {
        const fleet = i > 0;
        const firstTarget = fleet ? (r.label === 'sites=1000' ? targets.first[1] : null) : targets.first[0];
        const cutTarget = fleet ? (r.label === 'sites=1000' ? targets.cut[1] : null) : targets.cut[0];
        const cell = (v: number, t: number | null | undefined) => [
          `${v.toFixed(0)} ms`,
          t ? `≤ ${t} ms` : '—',
          t ? ok(v <= t) : 'no target',
        ];
        return [
          ...(fleet ? [] : [`| first diagram pixels, ${r.label} | ${cell(r.pixels, targets.pixels).join(' | ')} |`]),
          `| first graph, ${r.label} | ${cell(r.first, firstTarget).join(' | ')} |`,
          ...(r.random === null
            ? []
            : [
                `| Random 30% → painted, ${r.label} | ${cell(r.random, r.label === 'sites=1000' ? 100 : null).join(' | ')} |`,
                `| Random 30% → cut summary painted, ${r.label} | ${cell(r.randomSummary!, null).join(' | ')} |`,
              ]),
          `| cut all → painted, ${r.label} | ${cell(r.cut, cutTarget).join(' | ')} |`,
          `| cut all → cut summary painted, ${r.label} | ${cell(r.cutSummary, null).join(' | ')} |`,
          `| select → panel painted, ${r.label} | ${cell(r.select, fleet && r.label !== 'sites=1000' ? null : 100).join(' | ')} |`,
        ];
      }),
      `| longest task while panning, sites=1000 (zoomed out, then at 50 %) | ${longTask.toFixed(0)} ms | ≤ 200 ms | ${ok(longTask <= 200)} |`,
      `| longest task while wheel-zooming into the detailed view, sites=1000 | ${zoomed.cross.toFixed(0)} ms | ≤ 300 ms | ${ok(zoomed.cross <= 300)} |`,
      `| select → panel painted, sites=1000 zoomed in (${zoomed.drawn} components and ${zoomed.pieces.toLocaleString('en')} link pieces drawn) | ${zoomed.select.toFixed(0)} ms | ≤ 100 ms | ${ok(zoomed.select <= 100)} |`,
      `| deselect (Esc) → painted, sites=1000 zoomed in | ${zoomed.deselect.toFixed(0)} ms | ≤ 100 ms | ${ok(zoomed.deselect <= 100)} |`,
      `| longest task while panning, sites=1000 zoomed in | ${zoomed.pan.toFixed(0)} ms | ≤ 50 ms | ${ok(zoomed.pan <= 50)} |`,
    ];
    const crossings1440 = diagrams.filter((d) => d.size === '1440×900').reduce((sum, d) => sum + d.crossings, 0);
    const diagramRows = [
      `| architecture | window | link length inside other boxes | crossings | cut labels | smallest label | links without arrowhead | site titles crossed |`,
      `| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |`,
      ...diagrams.map(
        (d) =>
          `| ${d.id} | ${d.size} | ${d.inside.toFixed(2)} % | ${d.crossings} | ${d.clipped} | ${d.smallest.toFixed(1)} px${d.size === '1280×720' && d.smallest < 12 ? ' (**< 12 px**)' : ''} | ${d.withoutArrow} | ${d.titlesCrossed} |`,
      ),
      ``,
      `Crossings at 1440×900, four architectures: ${crossings1440} (283 before routing; target ≤ 113: ${ok(crossings1440 <= 113)}). ` +
        `Targets: inside other boxes < 1 % (${ok(diagrams.every((d) => d.inside < 1))}), no cut label (${ok(diagrams.every((d) => d.clipped === 0))}), ` +
        `every link with an arrowhead (${ok(diagrams.every((d) => d.withoutArrow === 0))}), no site title crossed (${ok(diagrams.every((d) => d.titlesCrossed === 0))}), smallest label ≥ 12 px at 1280×720 (${ok(diagrams.filter((d) => d.size === '1280×720').every((d) => d.smallest >= 12))}).`,
    ];
    rows.push(
      '',
      '**The drawn diagrams, at fit view** (measured from the DOM, see e2e/diagramMetrics.ts):',
      '',
      ...diagramRows,
    );
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    const heading = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browser.version()}, median of ${RUNS} fresh loads at 1280×720.`;
    const table = `${heading}\n\n${rows.join('\n')}\n`;
    console.log(`\n${table}`);
    if (process.argv.includes('--write-readme')) {
      const readmePath = path.join(root, 'README.md');
      const readme = await readFile(readmePath, 'utf8');
      const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
      if (!marked.test(readme)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> markers');
      await writeFile(readmePath, readme.replace(marked, `<!-- bench:start -->\n${table}<!-- bench:end -->`));
      console.log('README.md updated.');
    }
  } finally {
    await browser.close();
    site.kill();
    baselineServer.kill();
  }
}

async function componentCount(id: string): Promise<number> {
  const { parse } = await import('yaml');
  return (parse(await readFile(path.join(root, 'architectures', `${id}.yaml`), 'utf8')) as { components: unknown[] })
    .components.length;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
