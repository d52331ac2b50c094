/**
 * Issue 16: links that always lead somewhere, notices that never push the page away, fleets whose
 * ids cannot collide, and a site that runs under its policy on every page. Each link is opened as a
 * fresh load (a new document), the way a pasted or shared link arrives.
 */
import type { Page } from '@playwright/test';
import { expect, settled, test } from './fixtures';
import { architectures, centralSite, edgeSites } from './data';
import { deep, sweep } from './tiers';

/** A real fresh load: from about:blank, so a link that differs only in its hash still makes a new document. */
async function fresh(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

const notices = (page: Page) => page.getByTestId('notices').getByRole('listitem');

test.describe('a page that was not found', () => {
  for (const [link, tier] of sweep(['Edge Architecture Explorer', 'Architectures'], ['Architectures'])) {
    test(`keeps its address, so "${link}" leads home`, tier, async ({ page }) => {
      await fresh(page, '#/nope');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('was not found');
      // The address stays #/nope: were it rewritten to #/, a link to #/ would change nothing.
      expect(new URL(page.url()).hash).toBe('#/nope');
      await page.getByRole('link', { name: link, exact: true }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edge computing reference architectures');
      expect(new URL(page.url()).hash).toBe('#/');
    });
  }
});

test.describe('notices', () => {
  test(
    'a tracker link with 8 unknown parameters gets one notice, and the page keeps its room',
    deep,
    async ({ page }) => {
      const trackers = 'utm_source=a&utm_medium=b&utm_campaign=c&utm_term=d&utm_content=e&fbclid=f&gclid=g&mc_eid=h';
      await fresh(page, `#/arch/kubeedge?${trackers}`);
      await expect(notices(page)).toHaveCount(1);
      await expect(notices(page).first()).toContainText('8 unknown parameters');
      const box = (await page.getByTestId('notices').boundingBox())!;
      expect(box.height).toBeLessThan(page.viewportSize()!.height * 0.15);
    },
  );

  test('30 unknown parameters and 4 bad values: 3 notices shown, the rest behind "Show 2 more", all dismissed at once', async ({
    page,
  }) => {
    const unknown = Array.from({ length: 30 }, (_, i) => `p${i}=${i}`).join('&');
    await fresh(page, `#/arch/kubeedge?${unknown}&node=ghost&cut=nowhere&view=abc&theme=neon`);
    await expect(notices(page)).toHaveCount(3);
    await expect(notices(page).first()).toContainText('30 unknown parameters');
    // The diagram still has most of the window.
    const graph = (await page.locator('.react-flow').boundingBox())!;
    expect(graph.height).toBeGreaterThan(page.viewportSize()!.height * 0.4);

    await page.getByRole('button', { name: 'Show 2 more' }).click();
    await expect(notices(page)).toHaveCount(5);
    await page.getByRole('button', { name: 'Show fewer' }).click();
    await expect(notices(page)).toHaveCount(3);
    await page.getByTestId('dismiss-all-notices').click();
    await expect(page.getByTestId('notices')).toHaveCount(0);
  });
});

test.describe('fleets', () => {
  test(
    'a seed of 8 to 10 digits up to 2^31-1 is accepted; one above is refused with a notice',
    deep,
    async ({ page }) => {
      for (const seed of ['12345678', '2147483647']) {
        await fresh(page, `#/arch/tripleo-dcn?sites=100&cut=random:30&seed=${seed}`);
        await expect(page.locator('.react-flow__node-fleet, .react-flow__node-site').first()).toBeVisible();
        await expect(page.getByTestId('notices')).toHaveCount(0);
        expect(new URL(page.url()).hash).toContain(`seed=${seed}`);
      }
      await fresh(page, '#/arch/tripleo-dcn?sites=100&cut=random:30&seed=2147483648');
      await expect(page.getByTestId('notices')).toContainText('not a whole number from 0 to 2,147,483,647');
    },
  );

  for (const [sites, label] of [
    [3, '3 (fleet)'],
    [5000, '5,000 (fleet)'],
  ] as const) {
    test(`the Sites select shows ${sites}, a size it has no entry for`, deep, async ({ page }) => {
      await fresh(page, `#/arch/tripleo-dcn?sites=${sites}`);
      const select = page.getByTestId('fleet-size');
      await expect(select).toHaveValue(String(sites));
      expect(await select.evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]!.textContent)).toBe(label);
    });
  }

  test('sites=5000 fits in the window, its central site on screen', deep, async ({ page }) => {
    await fresh(page, '#/arch/tripleo-dcn?sites=5000');
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const central = centralSite(architectures['tripleo-dcn']!);
    const inside = async (selector: string) => {
      await expect(page.locator(selector).first()).toBeVisible();
      const box = (await page.locator(selector).first().boundingBox())!;
      expect(box, selector).not.toBeNull();
      expect(box.x, selector).toBeGreaterThanOrEqual(pane.x - 1);
      expect(box.y, selector).toBeGreaterThanOrEqual(pane.y - 1);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(pane.x + pane.width + 1);
      expect(box.y + box.height, selector).toBeLessThanOrEqual(pane.y + pane.height + 1);
    };
    await expect(page.locator('.react-flow__node-fleet')).toBeVisible();
    await inside(`.react-flow__node[data-id="site:${central.id}"]`);
    await inside('.react-flow__node-fleet');
  });

  test(
    'a fleet is let go when its page is left: the heap falls back to what the home page holds',
    deep,
    async ({ page }) => {
      test.setTimeout(120_000);
      const cdp = await page.context().newCDPSession(page);
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        return (
          (await page.evaluate(
            () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
          )) /
          2 ** 20
        );
      };
      await fresh(page, '#/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const home = await heap();
      for (const id of ['tripleo-dcn', 'starlingx-distributed-cloud']) {
        await page.evaluate((hash) => (location.hash = hash), `#/arch/${id}?sites=2000`);
        await expect(page.locator('.react-flow__node').first()).toBeVisible();
        await settled(page);
      }
      const shown = await heap();
      await page.evaluate(() => (location.hash = '#/'));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const after = await heap();
      console.log(
        `heap: home ${home.toFixed(1)} MB, with a fleet ${shown.toFixed(1)} MB, home again ${after.toFixed(1)} MB`,
      );
      expect(shown - home, 'a fleet of 2,000 sites takes room while shown').toBeGreaterThan(10);
      expect(after - home).toBeLessThan(Math.max(8, (shown - home) / 4));
    },
  );

  test('changing the fleet size while sites are cut shows no empty "Link restored" panel', deep, async ({ page }) => {
    for (const size of ['100', '']) {
      await fresh(page, '#/arch/tripleo-dcn?sites=10&cut=all');
      await expect(page.getByTestId('cut-summary')).toBeVisible();
      // Another fleet is another picture: it starts uncut, with no story of links coming back.
      await page.getByTestId('fleet-size').selectOption(size);
      await expect(page.getByTestId('fleet-size')).toHaveValue(size);
      await expect(page.getByRole('button', { name: '⟲ Restore all', exact: true })).toHaveCount(0);
      await expect(page.getByTestId('reconnect-panel')).toHaveCount(0);
      await expect(page.getByText(/Link restored:\s*$/)).toHaveCount(0);
    }
  });

  test(
    'generated fleet ids cannot collide with the data ids (Airship names its edge sites edge-1, edge-2)',
    deep,
    async ({ page }) => {
      const airship = architectures['airship']!;
      expect(edgeSites(airship).map((s) => s.id)).toContain('edge-1');
      // At 1280×720 ten Airship sites start far out, as tiles that still say which site is which.
      await fresh(page, '#/arch/airship?sites=10');
      await expect(page.getByTestId('fleet-overview')).toBeVisible();
      await expect(page.getByTestId('fleet-overview').locator('text')).toHaveText(
        Array.from({ length: 10 }, (_, i) => `Edge site ${i + 1}`),
      );
      // A larger screen draws them one by one.
      await page.setViewportSize({ width: 1920, height: 1080 });
      await fresh(page, '#/arch/airship?sites=10');
      await expect(page.locator('.react-flow__node-component').first()).toBeVisible();
      const ids = await page
        .locator('.react-flow__node')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')!));
      expect(new Set(ids).size).toBe(ids.length);
      // Ten sites are few enough to be drawn one by one: the central site and fleet-1 to fleet-10.
      const central = centralSite(airship).id;
      const siteIds = ids.filter((id) => id.startsWith('site:'));
      expect(siteIds.sort()).toEqual(
        [central, ...Array.from({ length: 10 }, (_, i) => `fleet-${i + 1}`)].map((id) => `site:${id}`).sort(),
      );
      const centralIds = new Set(airship.components.filter((c) => c.site === central).map((c) => c.id));
      const componentIds = await page
        .locator('.react-flow__node-component')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')!));
      for (const id of componentIds) if (!centralIds.has(id)) expect(id).toMatch(/^fleet-([1-9]|10)-/);
      // A generated component opens like any other.
      const generated = componentIds.find((id) => id.startsWith('fleet-3-'));
      expect(generated).toBeDefined();
      await fresh(page, `#/arch/airship?sites=10&node=${generated}`);
      await expect(page.getByTestId('notices')).toHaveCount(0);
      await expect(page.locator(`.react-flow__node[data-id="${generated}"]`)).toHaveClass(/selected/);
    },
  );
});

test.describe('the policy', () => {
  test('the server sends the page policy as a header, with frame-ancestors, and nosniff', async ({ page }) => {
    const response = (await page.goto('./'))!;
    const headers = response.headers();
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors *`);
    expect(headers['x-content-type-options']).toBe('nosniff');
    // Trusted Types enforced, and no policy allowed but the editor's (which makes its worker's URL only).
    expect(meta).toContain("require-trusted-types-for 'script'");
    expect(meta).toContain('trusted-types boot-app editor-worker');
    // A page of its own: the browser reports the refused policy as a console error, which the guard counts.
    const probe = await page.context().newPage();
    await probe.goto(page.url());
    expect(
      await probe.evaluate(() => {
        try {
          (
            window as unknown as { trustedTypes: { createPolicy: (n: string, o: object) => unknown } }
          ).trustedTypes.createPolicy('probe', {});
          return 'created';
        } catch (error) {
          return (error as Error).name;
        }
      }),
    ).toBe('TypeError');
    await probe.close();
  });

  test('no page, dialog or export breaks the policy', deep, async ({ page }) => {
    // Twelve fresh loads (the editor's included), the search and every export.
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    for (const hash of [
      '#/',
      '#/arch/tripleo-dcn',
      '#/arch/tripleo-dcn?cut=all',
      '#/board?at=0,1d,30d',
      '#/deck',
      '#/arch/starlingx-distributed-cloud?sites=300&cut=random:30',
      '#/present/kubeedge?step=2',
      '#/compare?left=kubeedge&right=airship&cut=all',
      '#/matrix',
      '#/req/autonomy',
      '#/edit',
      '#/nope',
    ]) {
      await fresh(page, hash);
      await settled(page);
      expect(await violations(), hash).toEqual([]);
    }

    await page.getByTestId('search-button').click();
    await page.getByTestId('search-input').fill('nova');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await violations(), 'search').toEqual([]);

    await fresh(page, '#/arch/kubeedge?cut=all');
    await expect(page.locator('.react-flow__node-component').first()).toBeVisible();
    const menu = page.getByTestId('export-menu');
    const button = page.getByTestId('export-button');
    // Every export that saves a file (the copy items are covered in export.spec.ts).
    const saving = menu.locator('[role="menuitem"]:not([data-export$="-copy"]):not([data-export="markdown"])');
    await button.click();
    await expect(saving.first()).toBeVisible();
    const count = await saving.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(button).toBeEnabled({ timeout: 30_000 });
      if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
      const item = saving.nth(i);
      const label = await item.textContent();
      const download = page.waitForEvent('download', { timeout: 30_000 });
      await item.click();
      expect((await download).suggestedFilename(), label!).toBeTruthy();
      expect(await violations(), `export: ${label}`).toEqual([]);
    }
  });
});
