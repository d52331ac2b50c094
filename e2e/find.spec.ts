/**
 * Find and compare (issue 15): search that keeps every keystroke, the matrix as a heat map that fits
 * a screen share, and capabilities compared under the same cut and time. Expectations come from the
 * shipped data (e2e/data.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { architectureIds, architectures, requirements } from './data';
import { deep, sweep } from './tiers';
import { resolveCut } from '../src/simulation/cut';
import { componentStates } from '../src/simulation/status';

const kube = architectures.kubeedge!;
const dcn = architectures['tripleo-dcn']!;
const stx = architectures['starlingx-distributed-cloud']!;

/** The component whose name is `name` (first of its per-site copies). */
const named = (arch: (typeof architectures)[string], name: string) => arch.components.find((c) => c.name === name)!;

const input = (page: Page) => page.getByTestId('search-input');
const results = (page: Page) => page.getByTestId('search-result');
/** The ids of the results shown for `query`, once the list shows that query. */
async function hitsFor(page: Page, query: string): Promise<string[]> {
  await expect(page.locator(`[role="listbox"][data-query="${query}"]`)).toBeAttached({ timeout: 15_000 });
  return page.getByTestId('search-result').evaluateAll((items) => items.map((i) => i.getAttribute('data-doc')!));
}

test.describe('search keeps every keystroke', () => {
  for (const [[label, throttle], tier] of sweep(
    [
      ['at full speed', 1],
      ['on a 4× slower CPU', 4],
    ] as const,
    (speed) => speed[1] === 1,
  )) {
    test(`typing right after Ctrl+K on a fresh page load, ${label}`, tier, async ({ page }) => {
      // A 4× slower CPU, on a machine shared with another test: each key waits for a busy page.
      test.slow(throttle > 1);
      if (throttle > 1) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      }
      const target = named(kube, 'CloudCore CloudStream');
      // As soon as the document is parsed (the app's scripts have run, nothing may have been drawn yet).
      await page.goto('./#/', { waitUntil: 'domcontentloaded' });
      await page.keyboard.press('Control+k');
      await page.keyboard.type('CloudStream');
      await expect(input(page)).toHaveValue('CloudStream');
      await expect(input(page)).toBeFocused();
      expect((await hitsFor(page, 'CloudStream'))[0]).toBe(`c:kubeedge:${target.id}`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#/arch/kubeedge\\?node=${target.id}$`));
      // The panel's code loads now, on a CPU that may be 4× slower and shared with another test.
      await expect(page.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(target.name, {
        timeout: 15_000,
      });
    });
  }

  test('an Enter typed before the index has loaded opens the first result once it has', deep, async ({ page }) => {
    // About 20 s on a 4× slower CPU here (the page, the typing, then every architecture and the index),
    // more on a busy CI machine: what is tested is that the Enter is kept, not how fast.
    test.slow();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const target = dcn.components.find((c) => c.id.endsWith('nova-compute'))!;
    await page.goto('./#/matrix', { waitUntil: 'domcontentloaded' });
    await page.keyboard.press('Control+k');
    await page.keyboard.type('nova-compute\n');
    await expect(page).toHaveURL(new RegExp(`#/arch/tripleo-dcn\\?node=${target.id}$`), { timeout: 40_000 });
    await expect(page.getByTestId('search-dialog')).toBeHidden();
  });

  test('reopening selects the last query, so typing replaces it', deep, async ({ page }) => {
    await page.goto('./#/');
    await page.getByTestId('search-button').click();
    await page.keyboard.type('keystone');
    await hitsFor(page, 'keystone');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('search-dialog')).toBeHidden();
    await expect(page.getByTestId('search-button')).toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(input(page)).toHaveValue('keystone');
    const selection = await input(page).evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]);
    expect(selection).toEqual([0, 'keystone'.length]);
    await page.keyboard.type('glance');
    await expect(input(page)).toHaveValue('glance');
  });

  test('says so when nothing matches, and when Enter has nothing to open', deep, async ({ page }) => {
    await page.goto('./#/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('zzqxv');
    await expect(page.getByTestId('search-empty')).toHaveText('Nothing matches “zzqxv”.');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('search-nothing')).toContainText('Nothing to open');
    await expect(page.getByTestId('search-dialog')).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);
  });
});

test.describe('search finds what the data says', () => {
  test('words of a release text and a tour, a time written another way, a site named in the query', async ({
    page,
  }, info) => {
    await page.goto('./#/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('rehoming');
    const rehoming = await hitsFor(page, 'rehoming');
    expect(rehoming).toContain(`a:${stx.id}`);
    const tourStep = stx.tour!.findIndex((s) => /rehome/i.test(s.text)) + 1;
    expect(rehoming).toContain(`s:${stx.id}:${tourStep}`);
    await expect(results(page).first().locator('mark').first()).toHaveText(/rehom/i);

    await input(page).fill('5 minutes');
    const manager = named(kube, 'kube-controller-manager');
    expect((await hitsFor(page, '5 minutes')).slice(0, 5)).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^[cm]:kubeedge:${manager.id}`))]),
    );

    await input(page).fill('subcloud2 workloads');
    const workloads = stx.components.find((c) => c.site === 'subcloud2' && c.layer === 'workload')!;
    expect((await hitsFor(page, 'subcloud2 workloads'))[0]).toBe(`c:${stx.id}:${workloads.id}`);
    await expect(results(page).first()).toContainText(stx.sites.find((s) => s.id === 'subcloud2')!.name);
    await info.attach('search', { body: await page.screenshot(), contentType: 'image/png' });
  });

  test('a tour step opens the presentation at that step; a moment opens the diagram at that time', async ({ page }) => {
    await page.goto('./#/');
    await page.keyboard.press('Control+k');
    const step = kube.tour!.findIndex((s) => /NotReady/.test(s.title)) + 1;
    await page.keyboard.type(kube.tour![step - 1]!.title);
    const hits = await hitsFor(page, kube.tour![step - 1]!.title);
    await results(page)
      .nth(hits.indexOf(`s:kubeedge:${step}`))
      .click();
    await expect(page).toHaveURL(new RegExp(`#/present/kubeedge\\?step=${step}$`));

    await page.goto('./#/');
    await page.keyboard.press('Control+k');
    const pods = kube.components.find((c) => c.site !== 'cloud' && c.disconnected.timeline?.length)!;
    const moment = pods.disconnected.timeline![0]!;
    await page.keyboard.type(`${pods.name} ${moment.after}`);
    const momentHits = await hitsFor(page, `${pods.name} ${moment.after}`);
    await results(page)
      .nth(momentHits.indexOf(`m:kubeedge:${pods.id}:0`))
      .click();
    await expect(page).toHaveURL(new RegExp(`#/arch/kubeedge\\?cut=${pods.site}&t=${moment.after}&node=${pods.id}$`));
  });
});

/**
 * Recall on 30 queries written from the data's texts (as an architect would type them): a query
 * counts when one of its acceptable results is among the first five (and, for recall@1, first).
 */
const RECALL_QUERIES: [string, string[]][] = [
  ['nova-compute', ['c:tripleo-dcn:dcn0-nova-compute', 'c:tripleo-dcn:dcn1-nova-compute']],
  ['CloudStream', ['c:kubeedge:cloudstream']],
  [
    'rehoming',
    ['a:starlingx-distributed-cloud', 's:starlingx-distributed-cloud:8', 'c:starlingx-distributed-cloud:dcmanager'],
  ],
  [
    '5 minutes eviction',
    ['c:kubeedge:kube-controller-manager', 'm:kubeedge:kube-controller-manager:1', 's:kubeedge:6'],
  ],
  ['subcloud2 workloads', ['c:starlingx-distributed-cloud:subcloud2-workloads']],
  [
    'PTP',
    ['c:starlingx-distributed-cloud:subcloud1-ptp', 'c:starlingx-distributed-cloud:subcloud2-ptp', 'r:time-sync'],
  ],
  ['node NotReady', ['m:kubeedge:kube-controller-manager:0', 'c:kubeedge:kube-controller-manager', 's:kubeedge:6']],
  [
    'alarm 280.001',
    [
      'm:starlingx-distributed-cloud:dcmanager-state:0',
      'm:starlingx-distributed-cloud:dcmanager-audit:0',
      'k:starlingx-distributed-cloud:see-site-centrally',
    ],
  ],
  [
    'airship certificate expires after a year',
    ['m:airship:edge-1-k8s-control-plane:0', 'm:airship:edge-2-k8s-control-plane:0', 's:airship:8'],
  ],
  ['dex 24 hours', ['m:airship:edge-1-dex:0', 'm:airship:edge-2-dex:0']],
  ['glance copy image to edge', ['c:tripleo-dcn:dcn0-glance-api-edge', 'c:tripleo-dcn:glance-api', 's:tripleo-dcn:4']],
  ['DHCP lease expired', ['m:tripleo-dcn:central-gateway:0']],
  ['NoValidHost', ['m:tripleo-dcn:nova-scheduler:0', 'c:tripleo-dcn:nova-scheduler']],
  ['neutron agents dead', ['m:tripleo-dcn:neutron-server:0']],
  ['mosquitto', ['c:kubeedge:edge-node-1-mqtt-broker']],
  ['device twin', ['c:kubeedge:edge-node-1-devicetwin']],
  ['sqlite metadata', ['c:kubeedge:edge-node-1-metamanager', 'c:kubeedge:edge-node-2-metamanager']],
  ['pre-pull images', ['k:kubeedge:get-new-image', 'c:kubeedge:container-registry']],
  ['zero touch provisioning', ['r:zero-touch-provisioning']],
  ['single pane of glass', ['r:single-pane']],
  [
    'log in at the cut-off site',
    [
      'k:tripleo-dcn:authenticate',
      'k:starlingx-distributed-cloud:authenticate',
      'k:kubeedge:authenticate',
      'k:airship:authenticate',
      'k:swift-global-cluster:authenticate',
      'c:tripleo-dcn:dcn0-host-login',
      'c:starlingx-distributed-cloud:subcloud1-host-login',
    ],
  ],
  [
    'replace a failed host',
    [
      'k:tripleo-dcn:recover-host',
      'k:starlingx-distributed-cloud:recover-host',
      'k:kubeedge:recover-host',
      'k:airship:recover-host',
    ],
  ],
  ['geo-redundant system controller', ['a:starlingx-distributed-cloud', 's:starlingx-distributed-cloud:8']],
  ['pivot', ['s:airship:3']],
  [
    'keystne',
    [
      'c:tripleo-dcn:keystone',
      'c:starlingx-distributed-cloud:keystone',
      'c:starlingx-distributed-cloud:subcloud1-keystone',
      'c:starlingx-distributed-cloud:subcloud2-keystone',
    ],
  ],
  ['helm chart collator', ['c:airship:edge-1-flux', 'c:airship:edge-2-flux']],
  ['Galera', ['c:tripleo-dcn:mariadb']],
  ['dcn0 ceph', ['c:tripleo-dcn:dcn0-ceph']],
  ['node reboot during the cut', ['s:tripleo-dcn:9']],
  ['horizon starlingx', ['c:starlingx-distributed-cloud:horizon']],
];

test('search recall on 30 queries written from the data', deep, async ({ page }, info) => {
  test.setTimeout(60_000);
  await page.goto('./#/');
  await page.keyboard.press('Control+k');
  let first = 0;
  let five = 0;
  const misses: string[] = [];
  for (const [query, acceptable] of RECALL_QUERIES) {
    await input(page).fill(query);
    const hits = await hitsFor(page, query);
    const rank = hits.findIndex((id) => acceptable.includes(id));
    if (rank === 0) first++;
    if (rank >= 0 && rank < 5) five++;
    else misses.push(`${query} → ${hits.slice(0, 3).join(', ')}`);
  }
  const report = `search recall on ${RECALL_QUERIES.length} queries: @1 ${first}/${RECALL_QUERIES.length}, @5 ${five}/${RECALL_QUERIES.length}`;
  console.log(report);
  info.annotations.push({ type: 'recall', description: report });
  // Until the build ships the capability catalogue to the browser, capabilities are found by their
  // notes and ids only (see src/parts/capabilities/catalogue.ts): one query is known to miss.
  expect(five, `${report}; missed: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(RECALL_QUERIES.length - 1);
});

test.describe('the requirements matrix', () => {
  test('reads as counts, not a score, and under a cut says how many still work, as the data derives it', async ({
    page,
  }) => {
    await page.goto('./#/matrix');
    const cells = page.getByTestId('matrix-cell');
    await expect(cells.first()).toBeVisible();
    // No tick or cross marks grading a cell, and no green: a count in a neutral shade.
    const marks = await cells.evaluateAll((list) => list.filter((c) => /[✓✕]/.test(c.textContent ?? '')).length);
    expect(marks).toBe(0);
    const ok = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ok-bg').trim());
    const colours = await cells.evaluateAll((list) =>
      list.map((c) => getComputedStyle(c.parentElement!).backgroundColor),
    );
    expect(colours.every((c) => !c.includes(ok))).toBe(true);
    // Every edge site cut off: per cell, the tagged components that still work, from the data.
    await page.getByRole('button', { name: '✂ Every edge site cut off' }).click();
    await expect(page).toHaveURL(/#\/matrix\?cut=all$/);
    const shown = await page.getByTestId('still-working').evaluateAll((list) =>
      list.map((e) => {
        const td = e.closest('td')!;
        const count = (e.textContent ?? '').replace(' still work while cut off', '');
        return `${td.closest('tr')!.dataset.requirement}@${td.dataset.arch}: ${count}`;
      }),
    );
    const want: string[] = [];
    for (const r of requirements)
      for (const id of architectureIds) {
        const arch = architectures[id]!;
        const states = componentStates(arch, resolveCut(arch, { kind: 'all' }));
        const edge = new Set(arch.sites.filter((s) => s.kind === 'edge').map((s) => s.id));
        const groups = new Map<string, string[]>();
        for (const c of arch.components.filter((x) => x.requirements.includes(r.id))) {
          const key =
            edge.has(c.site) && c.id.startsWith(`${c.site}-`) ? c.id.slice(c.site.length + 1) : `central ${c.id}`;
          groups.set(key, [...(groups.get(key) ?? []), c.id]);
        }
        if (groups.size === 0) continue;
        const working = [...groups.values()].filter((ids) =>
          ids.some((c) => states.get(c)!.state !== 'unavailable'),
        ).length;
        want.push(`${r.id}@${id}: ${working} of ${groups.size}`);
      }
    expect(shown.sort()).toEqual(want.sort());
  });

  /** Per requirement and architecture: how many distinct components serve it, and with their per-site copies. */
  const expected = Object.fromEntries(
    requirements.map((r) => [
      r.id,
      Object.fromEntries(
        architectureIds.map((id) => {
          const arch = architectures[id]!;
          const edge = new Set(arch.sites.filter((s) => s.kind === 'edge').map((s) => s.id));
          const serving = arch.components.filter((c) => c.requirements.includes(r.id));
          const folded = new Set(
            serving.map((c) =>
              edge.has(c.site) && c.id.startsWith(`${c.site}-`) ? c.id.slice(c.site.length + 1) : `central ${c.id}`,
            ),
          );
          return [id, `${folded.size}/${serving.length}`];
        }),
      ),
    ]),
  );

  test('at 1280×720: a mark and a count per cell, per-site copies folded, sticky headers, most rows on screen', async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./#/matrix');
    await expect(page.getByTestId('matrix-row')).toHaveCount(requirements.length);
    const shown = await page
      .getByTestId('matrix-row')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [
            row.getAttribute('data-requirement'),
            Object.fromEntries(
              [...row.querySelectorAll('[data-testid="matrix-cell"]')].map((cell) => [
                cell.closest('td')!.getAttribute('data-arch'),
                `${cell.getAttribute('data-count')}/${cell.getAttribute('data-sites')}`,
              ]),
            ),
          ]),
        ),
      );
    expect(shown).toEqual(expected);
    for (const r of requirements.slice(0, 4))
      for (const id of architectureIds)
        if (expected[r.id]![id]!.startsWith('0/'))
          await expect(
            page
              .locator(`[data-testid="matrix-row"][data-requirement="${r.id}"] td[data-arch="${id}"]`)
              .getByTestId('not-served'),
          ).toBeVisible();

    const measure = () =>
      page.getByTestId('matrix-scroll').evaluate((scroller) => {
        const box = scroller.getBoundingClientRect();
        const head = scroller.querySelector('thead th')!.getBoundingClientRect();
        const rows = [...scroller.querySelectorAll('[data-testid="matrix-row"]')].map((r) => r.getBoundingClientRect());
        return {
          visible: rows.filter((r) => r.top >= head.bottom - 1 && r.bottom <= box.bottom + 1).length,
          screens: scroller.scrollHeight / scroller.clientHeight,
          headTop: head.top - box.top,
        };
      });
    const first = await measure();
    info.annotations.push({
      type: 'matrix at 1280×720',
      description: `${first.visible} of ${requirements.length} rows fully visible; table = ${first.screens.toFixed(2)} screens`,
    });
    console.log(
      `matrix at 1280×720: ${first.visible} of ${requirements.length} rows visible, ${first.screens.toFixed(2)} screens`,
    );
    expect(first.visible).toBeGreaterThanOrEqual(Math.ceil(requirements.length / 2));
    expect(first.screens).toBeLessThanOrEqual(2);
    await info.attach('matrix 1280×720', { body: await page.screenshot(), contentType: 'image/png' });
    // Scrolled to the end, the column headers are still on screen.
    await page.getByTestId('matrix-scroll').evaluate((s) => s.scrollTo(0, s.scrollHeight));
    const last = await measure();
    expect(Math.abs(last.headTop)).toBeLessThanOrEqual(3);
    await expect(page.getByRole('columnheader', { name: architectures[architectureIds[0]!]!.name })).toBeInViewport();
  });

  test('a cell lists the components of its row on demand, each folded entry with its sites', async ({ page }) => {
    await page.goto('./#/matrix');
    const requirement = requirements.find((r) =>
      architectureIds.some((id) => /^(\d+)\/(?!\1$)/.test(expected[r.id]![id]!)),
    )!;
    const arch = architectureIds.find((id) => /^(\d+)\/(?!\1$)/.test(expected[requirement.id]![id]!))!;
    const row = page.locator(`[data-testid="matrix-row"][data-requirement="${requirement.id}"]`);
    const cell = row.locator(`td[data-arch="${arch}"]`).getByTestId('matrix-cell');
    await expect(cell).toHaveAttribute('aria-expanded', 'false');
    await cell.click();
    await expect(cell).toHaveAttribute('aria-expanded', 'true');
    const detail = page.locator(`[data-testid="matrix-detail"][data-requirement="${requirement.id}"]`);
    await expect(detail).toContainText(requirement.description.slice(0, 40));
    const entries = detail.locator(`td[data-arch="${arch}"]`).getByTestId('matrix-entry');
    const [folded, copies] = expected[requirement.id]![arch]!.split('/').map(Number);
    await expect(entries).toHaveCount(folded!);
    const sites = await entries.evaluateAll((list) => list.map((e) => Number(e.getAttribute('data-sites'))));
    expect(sites.reduce((a, b) => a + b, 0)).toBe(copies);
    const multi = entries.filter({ hasText: /\d+ sites:/ }).first();
    await multi.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`#/arch/${arch}\\?node=`));
  });

  test('sorts by a column header, and lists the components of every cell on demand', deep, async ({ page }) => {
    await page.goto('./#/matrix');
    await page.getByRole('button', { name: /^Served/ }).click();
    await expect(page).toHaveURL(/#\/matrix\?sort=coverage$/);
    await expect(page.getByRole('columnheader', { name: /Served/ })).toHaveAttribute('aria-sort', 'ascending');
    const servedBy = (id: string) => architectureIds.filter((a) => !expected[id]![a]!.startsWith('0/')).length;
    const least = Math.min(...requirements.map((r) => servedBy(r.id)));
    await expect(page.getByTestId('matrix-row').first()).toContainText(
      `served by ${least} of ${architectureIds.length}`,
    );
    await page.getByRole('button', { name: /^Requirement/ }).click();
    await expect(page).toHaveURL(/#\/matrix\?sort=title$/);
    const byTitle = [...requirements].sort((a, b) => a.title.localeCompare(b.title));
    await expect(page.getByTestId('matrix-row').first()).toHaveAttribute('data-requirement', byTitle[0]!.id);

    await page.getByRole('button', { name: 'Components', exact: true }).click();
    await expect(page).toHaveURL(/#\/matrix\?sort=title&list=1$/);
    const row = page.locator(`[data-testid="matrix-row"][data-requirement="${byTitle[0]!.id}"]`);
    for (const id of architectureIds) {
      const [folded] = expected[byTitle[0]!.id]![id]!.split('/').map(Number);
      if (folded === 0) await expect(row.locator(`td[data-arch="${id}"]`).getByTestId('not-served')).toBeVisible();
      else await expect(row.locator(`td[data-arch="${id}"]`).getByTestId('matrix-entry')).toHaveCount(folded!);
    }
  });

  test('a requirement that does not exist lists the requirements that do', deep, async ({ page }) => {
    await page.goto('./#/req/teleportation');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('was not found');
    const list = page.getByTestId('not-found-list').getByRole('link');
    await expect(list).toHaveCount(requirements.length);
    await list.first().click();
    await expect(page).toHaveURL(new RegExp(`#/req/${requirements[0]!.id}$`));
  });
});

test.describe('compare: capabilities under the same cut and time', () => {
  type Arch = (typeof architectures)[string];
  type State = 'operational' | 'degraded' | 'unavailable' | 'connected';
  const rank: Record<State, number> = { unavailable: 0, degraded: 1, operational: 2, connected: 3 };

  /**
   * The rule of issue 15, written again here so the page is checked against it, not against its own code:
   * worst of the needs, best member of an alternative, needs on other edge sites ignored.
   */
  function expectedStates(arch: Arch, cut: 'all' | 'central', seconds: number): Record<string, string> {
    const kind = new Map(arch.sites.map((s) => [s.id, s.kind]));
    const byId = new Map(arch.components.map((c) => [c.id, c]));
    const stateOf = (id: string): State => {
      const c = byId.get(id)!;
      if (kind.get(c.site) === 'central' && cut === 'central') return 'unavailable';
      let status = c.disconnected.status as State;
      for (const m of c.disconnected.timeline ?? []) {
        const [, n, unit] = /^(\d+)([smhd])$/.exec(m.after)!;
        if (Number(n) * { s: 1, m: 60, h: 3600, d: 86400 }[unit as 's']! <= seconds) status = m.status;
      }
      return status;
    };
    const result: Record<string, string> = {};
    for (const use of arch.capabilities ?? []) {
      if (use.notProvided) {
        result[use.capability] = 'not-provided';
        continue;
      }
      const perSite = arch.sites
        .filter((s) => s.kind === 'edge')
        .map((site) => {
          const counts = (id: string) =>
            [site.id, arch.sites.find((s) => s.kind === 'central')!.id].includes(byId.get(id)!.site);
          const needs = use.needs!.map((entry) => (typeof entry === 'string' ? [entry] : entry).filter(counts));
          const kept = needs.filter((n) => n.length > 0);
          if (kept.length === 0) return 'not-at-site';
          const best = kept.map((n) => n.map(stateOf).sort((a, b) => rank[b] - rank[a])[0]!);
          return best.sort((a, b) => rank[a] - rank[b])[0]!;
        });
      result[use.capability] = [...new Set(perSite)].join(' ');
    }
    return result;
  }

  async function shownStates(page: Page, arch: string): Promise<Record<string, string>> {
    return page
      .getByTestId('capability-row')
      .evaluateAll(
        (rows, id) =>
          Object.fromEntries(
            rows.map((row) => [
              row.getAttribute('data-capability'),
              [...new Set(row.querySelector(`td[data-arch="${id}"]`)!.getAttribute('data-state')!.split(' '))].join(
                ' ',
              ),
            ]),
          ),
        arch,
      );
  }

  test('the table follows the cut and the time, for both architectures, as the data derives it', async ({
    page,
  }, info) => {
    const [left, right] = architectureIds as [string, string];
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./#/compare?cut=all');
    await expect(page.getByTestId('capability-row')).toHaveCount(
      new Set(architectureIds.flatMap((id) => architectures[id]!.capabilities!.map((c) => c.capability))).size,
    );
    for (const id of [left, right])
      expect(await shownStates(page, id), id).toEqual(expectedStates(architectures[id]!, 'all', 0));
    await info.attach('compare 1280×720', { body: await page.screenshot(), contentType: 'image/png' });

    await page.getByRole('button', { name: '✕ Central site failed' }).click();
    await expect(page).toHaveURL(/cut=central$/);
    for (const id of [left, right])
      expect(await shownStates(page, id), id).toEqual(expectedStates(architectures[id]!, 'central', 0));

    // The architecture whose capabilities change most with time, paired with another, at the last moment of either.
    const seconds = (after: string) =>
      Number(after.slice(0, -1)) * { s: 1, m: 60, h: 3600, d: 86400 }[after.slice(-1) as 's']!;
    const lastOf = (id: string) =>
      Math.max(
        0,
        ...architectures[id]!.components.flatMap((c) => (c.disconnected.timeline ?? []).map((m) => seconds(m.after))),
      );
    const changing = architectureIds
      .map((id) => {
        const before = expectedStates(architectures[id]!, 'all', 0);
        const after = expectedStates(architectures[id]!, 'all', lastOf(id));
        return { id, changed: Object.keys(before).filter((k) => before[k] !== after[k]).length };
      })
      .sort((a, b) => b.changed - a.changed)[0]!;
    expect(changing.changed).toBeGreaterThan(0);
    const other = changing.id === left ? right : left;
    await page.goto(`./#/compare?left=${other}&right=${changing.id}&cut=all`);
    const slider = page.getByRole('slider', { name: /Time into the cut/ });
    await slider.focus();
    await page.keyboard.press('End');
    const end = Math.max(lastOf(other), lastOf(changing.id));
    await expect(page).toHaveURL(/&t=\d+[smhd]$/);
    await expect(page.getByTestId('capability-table').getByRole('heading', { level: 2 })).toContainText('into the cut');
    for (const id of [other, changing.id])
      expect(await shownStates(page, id), id).toEqual(expectedStates(architectures[id]!, 'all', end));
  });

  test('the summaries line up row by row', deep, async ({ page }) => {
    await page.goto('./#/compare?cut=all&right=kubeedge');
    const sides = page.getByTestId('compare-side');
    await expect(sides).toHaveCount(2);
    for (const text of [/edge sites cut off/, /What an edge site keeps/]) {
      const [a, b] = await Promise.all([0, 1].map((i) => sides.nth(i).getByText(text).first().boundingBox()));
      expect(Math.abs(a!.y - b!.y), String(text)).toBeLessThanOrEqual(1);
      expect(a!.x).toBeLessThan(b!.x);
    }
  });

  test(
    'copies the table as Markdown, and shows the text to copy by hand when the browser refuses',
    deep,
    async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('./#/compare?cut=all');
      await page.getByTestId('copy-markdown').click();
      await expect(page.getByTestId('copy-markdown')).toHaveText('✓ Copied as Markdown');
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      const lines = markdown.split('\n');
      expect(lines[0]).toContain('every edge site cut off, just after the cut');
      expect(lines[2]).toContain(`| ${architectures[architectureIds[0]!]!.name} (`);
      expect(lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).length).toBe(
        1 +
          new Set(
            architectureIds.slice(0, 2).flatMap((id) => architectures[id]!.capabilities!.map((c) => c.capability)),
          ).size,
      );

      const refusing = await context.newPage();
      await refusing.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
        });
      });
      await refusing.goto('./#/compare?cut=all');
      await refusing.getByTestId('copy-markdown').click();
      const manual = refusing.getByTestId('copy-markdown-manual');
      await expect(manual).toContainText('did not let the page copy');
      await expect(manual.getByRole('textbox')).toHaveValue(markdown);
      await expect(refusing.getByTestId('copy-markdown')).toHaveText('Copy as Markdown');
    },
  );
});
