/**
 * `npm run bench`: performance figures of the production build, printed as a table (not a test).
 * Builds the site and a bare React + React Flow baseline with the same Vite, serves both locally
 * and measures in headless Chromium, median of RUNS fresh loads each.
 *   --write-readme   also writes the table into README.md between the bench markers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4190;
const BASE_PORT = 4191;
const root = path.resolve(import.meta.dirname, '..');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
    if (document.querySelectorAll(${JSON.stringify(done.selector)}).length >= ${done.count}) requestAnimationFrame(function () { ${then} });
    else requestAnimationFrame(check);
  })();`;

/** Clicks `target` in the page and resolves with the ms from the click to the frame after `done` first holds. */
async function timeInPage(page: Page, target: string, done: Condition): Promise<number> {
  return page.evaluate(`new Promise(function (resolve) {
    var start = performance.now();
    document.querySelector(${JSON.stringify(target)}).click();
    ${untilScript(done, 'setTimeout(function () { resolve(performance.now() - start); });')}
  })`) as Promise<number>;
}

interface Scenario {
  label: string;
  hash: string;
  /** Holds once the whole first graph is on screen. */
  painted: Condition;
  /** Holds once every edge site shows as cut. */
  cutPainted: Condition;
  /** A component to click. */
  select: string;
}

async function measureScenario(browser: Browser, base: string, s: Scenario) {
  const first: number[] = [];
  const cut: number[] = [];
  const select: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // Polled every frame from the first script on: navigation start → first frame with every node.
    await page.addInitScript({
      content: `requestAnimationFrame(function () { ${untilScript(s.painted, 'window.firstGraph = performance.now();')} });`,
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
    await page.waitForTimeout(300);
    cut.push(await timeInPage(page, '[aria-label="Cut all edge sites"]', s.cutPainted));
    await page.waitForTimeout(300);
    select.push(await timeInPage(page, s.select, { selector: '[data-testid="details-panel"]', count: 1 }));
    await context.close();
  }
  return { first: median(first), cut: median(cut), select: median(select) };
}

/** Longest main-thread task while dragging the view around a 1,000-site fleet, zoomed out and zoomed in. */
async function panLongTask(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${base}#/arch/starlingx-distributed-cloud?sites=1000`);
  await page.locator('[data-testid="fleet-overview"] rect').nth(999).waitFor();
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
  const browser = await chromium.launch({ executablePath: chromiumPath, args });
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
        painted: { selector: '[data-testid="fleet-overview"] rect', count: n },
        cutPainted: { selector: `[data-testid="fleet-overview"][data-cut-count="${n}"]`, count: 1 },
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

    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    const ratio = appBytes / baselineBytes;
    const ok = (met: boolean) => (met ? 'met' : '**not met**');
    const targets = { first: [500, 3000], cut: [100, 250], select: [100, 100] };
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
          `| first graph, ${r.label} | ${cell(r.first, firstTarget).join(' | ')} |`,
          `| cut all → painted, ${r.label} | ${cell(r.cut, cutTarget).join(' | ')} |`,
          `| select → panel painted, ${r.label} | ${cell(r.select, fleet && r.label !== 'sites=1000' ? null : 100).join(' | ')} |`,
        ];
      }),
      `| longest task while panning, sites=1000 | ${longTask.toFixed(0)} ms | ≤ 200 ms | ${ok(longTask <= 200)} |`,
    ];
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
