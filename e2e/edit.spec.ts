/**
 * Your own architecture (issue 24): written in the browser, checked by the validator's own code with
 * located messages, drawn by the build's layout in a worker, cut like a shipped one, shared as a link
 * that holds the whole file, and downloaded as a file the validator accepts.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { deep } from './tiers';
import { validateFiles } from '../src/check/validate';
import { TEMPLATE } from '../src/features/edit/template';
import { LAYOUT_BUDGET_MS } from '../src/features/edit/limits';
import { architectures } from './data';

const yaml = (page: Page) => page.getByTestId('edit-yaml');
const problems = (page: Page) => page.getByTestId('edit-problems');
const components = (page: Page) => page.locator('.react-flow__node-component');
const statusOf = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"] .component-card`);
/** Waits for the check of what is in the editor now to end (the worker replies; the status line says so). */
const checked = (page: Page) => expect(problems(page)).not.toContainText('Checking…');

test('a new file: drawn from the template, a broken edit located while the last diagram stays, cut, downloaded', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./#/edit');
  await expect(yaml(page)).toHaveValue(TEMPLATE);
  await checked(page);
  await expect(problems(page)).toContainText('✓ Valid');
  await expect(components(page)).toHaveCount(3);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-stale', 'false');
  await info.attach('template', { body: await page.screenshot(), contentType: 'image/png' });

  // A component on a site that does not exist: the validator's message, on the line of the mistake.
  const broken = TEMPLATE.replace('    site: edge-1\n    layer: compute', '    site: edge-9\n    layer: compute');
  const line = broken.split('\n').findIndex((l) => l.includes('site: edge-9')) + 1;
  await yaml(page).fill(broken);
  await checked(page);
  await expect(problems(page)).toHaveAttribute('data-errors', /^[1-9]/);
  const problem = page.getByTestId('edit-problem').filter({ hasText: 'unknown site "edge-9"' });
  await expect(problem).toHaveAttribute('data-line', String(line));
  await expect(problem).toContainText('components[1].site');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-stale', 'true');
  await expect(components(page)).toHaveCount(3);
  await expect(page.getByTestId('edit-condition')).toContainText('the last version that drew');
  // The message takes the reader to the line.
  await problem.click();
  const selected = await yaml(page).evaluate((e: HTMLTextAreaElement) =>
    e.value.slice(e.selectionStart, e.selectionEnd),
  );
  expect(selected).toBe('    site: edge-9');

  // Fixed, and grown by a component: drawn again, with the new box.
  const grown = TEMPLATE.replace(
    'links:\n',
    `  - id: edge-1-cache
    name: Local image cache
    site: edge-1
    layer: storage
    role: Keeps the images the site runs.
    requirements: [autonomy]
    disconnected: { status: operational, impact: Serves the images it has., reconnect: Catches up., acknowledged: It holds its images. }
    sources: [{ title: Where this is documented, url: https://example.org/cache }]
links:
`,
  );
  await yaml(page).fill(grown);
  await checked(page);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-stale', 'false');
  await expect(components(page)).toHaveCount(4);
  // The box is sized to its label, as the build sizes it: the whole name on one or two lines, nothing cut.
  const card = page.locator('.react-flow__node[data-id="edge-1-cache"]');
  const fits = await card.evaluate((e) => {
    const label = e.querySelector('.component-card') ?? e;
    return label.scrollWidth <= label.clientWidth + 1;
  });
  expect(fits).toBe(true);

  // Cut like a shipped architecture.
  await page
    .locator('[data-site="edge-1"]')
    .getByRole('button', { name: /Cut the WAN link of Edge site 1/ })
    .click();
  await expect(page).toHaveURL(/cut=edge-1/);
  await expect(statusOf(page, 'edge-1-agent')).toHaveAttribute('data-status', 'degraded');
  await expect(statusOf(page, 'edge-1-cache')).toHaveAttribute('data-status', 'operational');
  await expect(page.getByTestId('edit-condition')).toContainText('Cut off: Edge site 1');

  // Kept in this browser: a reload shows the same file.
  await page.reload();
  await expect(yaml(page)).toHaveValue(grown);

  // Downloaded: the file `npm run validate` reads, unchanged.
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .yaml' }).click();
  const file = await saving;
  expect(file.suggestedFilename()).toBe('my-deployment.yaml');
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).toBe(grown);
  const catalogues = await Promise.all(
    ['requirements', 'models', 'capabilities'].map(async (kind) => ({
      file: `${kind}.yaml`,
      content: await readFile(`architectures/${kind}.yaml`, 'utf8'),
    })),
  );
  const { problems: found } = validateFiles([...catalogues, { file: 'my-deployment.yaml', content: text }]);
  expect(found.filter((p) => p.severity === 'error')).toEqual([]);
});

test('shared as a link: opened in a fresh browser at another size, marked as not part of the reference set', async ({
  page,
  browser,
  baseURL,
}, info) => {
  await page.goto('./#/edit');
  const renamed = TEMPLATE.replace('name: My deployment', 'name: Our edge pilot');
  await yaml(page).fill(renamed);
  await checked(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByTestId('edit-link').inputValue();
  expect(link).toMatch(/#\/edit\?file=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(2000);

  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL });
  const other = await context.newPage();
  await other.goto(link);
  await expect(yaml(other)).toHaveValue(renamed);
  await expect(other.getByTestId('shared-badge')).toHaveText('Shared architecture, not part of the reference set');
  await expect(components(other)).toHaveCount(3);
  await expect(other.getByRole('button', { name: 'Keep as my file' })).toBeVisible();
  await info.attach('shared', { body: await other.screenshot(), contentType: 'image/png' });
  // A link that is cut short says so, and the page still works.
  await other.goto(link.slice(0, -12));
  await expect(other.getByTestId('edit-status')).toContainText('could not be opened');
  await expect(yaml(other)).toHaveValue(TEMPLATE);
  await context.close();
});

test('an architecture page offers its file to edit as a copy', deep, async ({ page }) => {
  await page.goto('./#/arch/kubeedge');
  await page.getByTestId('export-button').click();
  await page.locator('[data-export="edit-copy"]').click();
  await expect(page).toHaveURL(/#\/edit$/);
  await expect(yaml(page)).toHaveValue(/^# A copy of KubeEdge/);
  const started = Date.now();
  await expect(problems(page)).not.toContainText('Checking…', { timeout: LAYOUT_BUDGET_MS + 5000 });
  console.log(`KubeEdge checked and laid out in the worker in ${Date.now() - started} ms`);
  await expect(problems(page)).toContainText('✓ Valid');
  await expect(components(page)).toHaveCount(architectures.kubeedge!.components.length);
});

test('hostile files: a located error or a refusal, never a frozen tab or markup run', deep, async ({ page }) => {
  await page.goto('./#/edit');
  await checked(page);
  const cases: [string, string, RegExp][] = [
    [
      'an alias bomb',
      `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\n`,
      /alias/i,
    ],
    ['not YAML', '{ this: is: not yaml', /line 1/],
    [
      'too many components in one site',
      TEMPLATE.replace(
        'links:\n',
        `${Array.from(
          { length: 140 },
          (_, i) =>
            `  - { id: c${i}, name: C ${i}, site: edge-1, layer: compute, role: R., requirements: [autonomy], disconnected: { status: degraded, impact: I., reconnect: R. }, sources: [{ title: S, url: https://example.org/${i} }] }\n`,
        ).join('')}links:\n`,
      ),
      /components/,
    ],
  ];
  for (const [what, text, message] of cases) {
    await yaml(page).fill(text);
    await checked(page);
    await expect(problems(page), what).toHaveAttribute('data-errors', /^[1-9]/);
    await expect(problems(page), what).toContainText(message);
  }
  // A name with markup is a name: drawn as text, never as HTML.
  await yaml(page).fill(TEMPLATE.replace('name: Node agent', 'name: "<img src=x onerror=alert(1)>"'));
  await checked(page);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-stale', 'false');
  // (Drawn on two lines: "<img src=x" and "onerror=alert(1)>".)
  await expect(page.locator('.react-flow__node[data-id="edge-1-agent"]')).toContainText('<img src=x');
  await expect(page.locator('.react-flow__node[data-id="edge-1-agent"]')).toContainText('onerror=alert(1)>');
  await expect(page.locator('.react-flow__node img')).toHaveCount(0);
  // Over 2 MiB is refused before it is read.
  await page.locator('input[type="file"]').setInputFiles({
    name: 'huge.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 35),
  });
  await expect(page.getByTestId('edit-status')).toContainText('huge.yaml is larger than 2 MiB');
});
