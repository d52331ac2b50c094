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
const content = (page: Page) => yaml(page).locator('.cm-content');
const problems = (page: Page) => page.getByTestId('edit-problems');
const components = (page: Page) => page.locator('.react-flow__node-component');
const statusOf = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"] .component-card`);
/** Waits for the check of what is in the editor now to end (the worker replies; the status line says so). */
const checked = (page: Page) =>
  // The first check starts the worker and ELK: some seconds on two busy cores.
  expect(problems(page)).not.toContainText('Checking…', { timeout: LAYOUT_BUDGET_MS });
/** The editor's line showing `text` (a line of the file that is on screen). */
const lineOf = (page: Page, text: string | RegExp) => yaml(page).locator('.cm-line').filter({ hasText: text });

/** Replaces the editor's whole text as a paste does: everything selected, then a paste carrying the text. */
async function setText(page: Page, text: string): Promise<void> {
  await content(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await content(page).evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** What a copy takes from the editor: its selection, or (with `all`) its whole text. */
async function copied(page: Page, all = true): Promise<string> {
  if (all) {
    await content(page).focus();
    await page.keyboard.press('ControlOrMeta+A');
  }
  return content(page).evaluate((element) => {
    const data = new DataTransfer();
    element.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });
}
/** Waits until the editor holds `text` (a copy of all of it is `text`, or matches it). */
async function holds(page: Page, text: string | RegExp): Promise<void> {
  // The editor's chunk loads after the page's: on two busy cores, seconds later.
  const poll = expect.poll(() => copied(page), { message: 'the editor text', timeout: LAYOUT_BUDGET_MS });
  await (typeof text === 'string' ? poll.toBe(text) : poll.toMatch(text));
}

/** Records Content-Security-Policy violations from the page's start. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

test('a new file: drawn from the template, a broken edit located while the last diagram stays, cut, downloaded', async ({
  page,
}, info) => {
  // Four checks, two of them drawn, and a reload: on two cores shared with other runs, over 30 s at times.
  test.slow();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./#/edit');
  await holds(page, TEMPLATE);
  await checked(page);
  await expect(problems(page)).toContainText('✓ Valid');
  await expect(components(page)).toHaveCount(3);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-stale', 'false');
  await info.attach('template', { body: await page.screenshot(), contentType: 'image/png' });

  // A component on a site that does not exist: the validator's message, on the line of the mistake.
  const broken = TEMPLATE.replace('    site: edge-1\n    layer: compute', '    site: edge-9\n    layer: compute');
  const line = broken.split('\n').findIndex((l) => l.includes('site: edge-9')) + 1;
  await setText(page, broken);
  await checked(page);
  await expect(problems(page)).toHaveAttribute('data-errors', /^[1-9]/);
  const problem = page.getByTestId('edit-problem').filter({ hasText: 'unknown site "edge-9"' });
  await expect(problem).toHaveAttribute('data-line', String(line));
  await expect(problem).toContainText('components[1].site');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-stale', 'true');
  await expect(components(page)).toHaveCount(3);
  await expect(page.getByTestId('edit-condition')).toContainText('the last version that drew');
  // The message takes the reader to the line, selected in the editor.
  await problem.click();
  await expect(content(page)).toBeFocused();
  expect(await copied(page, false)).toBe('    site: edge-9');
  // In the editor, the mistake is marked on its line: underlined from the column the message names, and
  // flagged in the gutter.
  const wrong = lineOf(page, 'site: edge-9');
  await expect(wrong.locator('.cm-lintRange-error')).toHaveText('edge-9');
  const row = (await wrong.boundingBox())!;
  const underline = (await wrong.locator('.cm-lintRange-error').boundingBox())!;
  expect(underline.y).toBeGreaterThanOrEqual(row.y - 1);
  expect(underline.y + underline.height).toBeLessThanOrEqual(row.y + row.height + 1);
  const markers = await Promise.all(
    (await yaml(page).locator('.cm-lint-marker-error').all()).map(async (m) => (await m.boundingBox())!),
  );
  const middle = (box: { y: number; height: number }) => box.y + box.height / 2;
  expect(markers.filter((m) => Math.abs(middle(m) - middle(row)) < row.height / 2)).toHaveLength(1);
  // Its message, with the path, on hovering the mark.
  await wrong.locator('.cm-lintRange-error').hover();
  await expect(page.locator('.cm-tooltip-lint')).toContainText('components[1].site: unknown site "edge-9"');

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
  await setText(page, grown);
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
  await holds(page, grown);

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

test(
  'shared as a link: opened in a fresh browser at another size, marked as not part of the reference set',
  deep,
  async ({ page, browser, baseURL }, info) => {
    test.slow();
    await page.goto('./#/edit');
    await checked(page);
    const renamed = TEMPLATE.replace('name: My deployment', 'name: Our edge pilot');
    await setText(page, renamed);
    await checked(page);
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByTestId('edit-link').inputValue();
    expect(link).toMatch(/#\/edit\?file=[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(2000);

    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL });
    const other = await context.newPage();
    await other.goto(link);
    await holds(other, renamed);
    await checked(other);
    await expect(other.getByTestId('shared-badge')).toHaveText('Shared architecture, not part of the reference set');
    await expect(components(other)).toHaveCount(3);
    await expect(other.getByRole('button', { name: 'Keep as my file' })).toBeVisible();
    await info.attach('shared', { body: await other.screenshot(), contentType: 'image/png' });
    // A link that is cut short says so, and the page still works.
    await other.goto(link.slice(0, -12));
    await expect(other.getByTestId('edit-status')).toContainText('could not be opened');
    await holds(other, TEMPLATE);
    await context.close();
  },
);

test('a real code editor: schema completion and hover, a dropped file, labelled and escapable by keyboard, within the policy', async ({
  page,
}) => {
  test.slow();
  const violations = await watchPolicy(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/edit');
  await checked(page);
  await expect(content(page)).toHaveAccessibleName('my-deployment.yaml');
  await expect(content(page)).toHaveAccessibleDescription(/press Escape then Tab to leave the editor/);

  // A component being written: typing a key offers the keys a component may have, from the schema.
  const started = TEMPLATE.replace('links:\n', '  - id: edge-1-extra\n    na\nlinks:\n');
  await setText(page, started);
  await lineOf(page, 'na')
    .filter({ hasText: /^\s*na$/ })
    .click();
  await page.keyboard.press('End');
  await page.keyboard.type('m');
  const list = page.locator('.cm-tooltip-autocomplete');
  await expect(list.getByRole('option', { name: /^name/ })).toBeVisible();
  await expect(list.getByRole('option').first()).toContainText(/^namerequired, text \(1–\d+ characters\)$/);
  // Asked for (Ctrl+Space) on an empty key: every key the component has not got yet, required ones first.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Space');
  await expect(list.locator('.cm-completionLabel').getByText('site', { exact: true })).toBeVisible();
  const offered = await list.locator('.cm-completionLabel').allTextContents();
  expect(offered).toEqual(expect.arrayContaining(['name', 'site', 'layer', 'role', 'disconnected', 'sources']));
  expect(offered).not.toContain('id');
  await expect(list.getByRole('option').first()).toContainText('required');
  // Picked: the key, its colon, and the cursor at its value, where the values a layer may take are
  // offered. (Picked with a click: CodeMirror ignores Enter for a moment after the list changes, so that
  // a fast typist's Enter is a new line; a test's Enter on a busy machine can fall in that moment.)
  await page.keyboard.type('lay');
  await expect(list.getByRole('option').first()).toContainText('layer');
  await list.getByRole('option').first().click();
  await expect(lineOf(page, /^ {4}layer: ?$/)).toHaveCount(1);
  await page.keyboard.type('st');
  await expect(list.getByRole('option')).toHaveCount(1);
  await list.getByRole('option', { name: 'storage' }).click();
  await expect(lineOf(page, 'layer: storage')).toHaveCount(1);

  // Hover over a key: what the schema says of it.
  await page.keyboard.press('Escape');
  const model = lineOf(page, 'model: centralized-control-plane');
  // (Over the key: the line's first letters, after its padding.)
  await model.hover({ position: { x: 14, y: 8 } });
  const hover = page.getByTestId('edit-hover');
  await expect(hover).toContainText('model · required');
  await expect(hover).toContainText('Id of a control-plane model in models.yaml');

  // A .yaml file dropped on the editor replaces the text (it is not inserted into it).
  const dropped = TEMPLATE.replace('name: My deployment', 'name: Dropped in');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.yaml', { type: 'application/yaml' }));
    return data;
  }, dropped);
  await content(page).dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('edit-status')).toContainText('dropped.yaml opened.');
  await holds(page, dropped);

  // Tab indents; Esc then Tab leaves the editor for the next control, as the hint under the file name says.
  await expect(page.getByTestId('edit-keys')).toContainText('Esc then Tab');
  await lineOf(page, 'name: Dropped in').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  await expect(lineOf(page, /^ {2}name: Dropped in$/)).toHaveCount(1);
  await expect(content(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(content(page)).not.toBeFocused();

  // CodeMirror's styles (constructed style sheets), tooltips and lint marks run within the page's policy.
  expect(await violations()).toEqual([]);
  expect(await yaml(page).evaluate((host) => host.shadowRoot!.adoptedStyleSheets.length)).toBeGreaterThan(0);
  expect(await page.locator('style').count()).toBe(0);
});

test('an architecture page offers its file to edit as a copy', deep, async ({ page }) => {
  test.slow();
  await page.goto('./#/arch/kubeedge');
  await page.getByTestId('export-button').click();
  await page.locator('[data-export="edit-copy"]').click();
  await expect(page).toHaveURL(/#\/edit$/);
  await holds(page, /^# A copy of KubeEdge/);
  const started = Date.now();
  await expect(problems(page)).not.toContainText('Checking…', { timeout: LAYOUT_BUDGET_MS + 5000 });
  console.log(`KubeEdge checked and laid out in the worker in ${Date.now() - started} ms`);
  await expect(problems(page)).toContainText('✓ Valid');
  await expect(components(page)).toHaveCount(architectures.kubeedge!.components.length);
});

test('hostile files: a located error or a refusal, never a frozen tab or markup run', deep, async ({ page }) => {
  // Six checks in a row: on two cores shared with other runs, well over 30 s at times.
  test.slow();
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
    await setText(page, text);
    await checked(page);
    await expect(problems(page), what).toHaveAttribute('data-errors', /^[1-9]/);
    await expect(problems(page), what).toContainText(message);
  }
  // A name with markup is a name: drawn as text, never as HTML.
  await setText(page, TEMPLATE.replace('name: Node agent', 'name: "<img src=x onerror=alert(1)>"'));
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
