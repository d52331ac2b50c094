/**
 * 300+ malformed or hostile permalinks: each must open a usable page with a notice, never a page
 * error. Links are opened in one page as the hash changes (as when a user pastes one link after
 * another), plus a sample as fresh loads.
 */
import { expect, test } from './fixtures';

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../etc/passwd',
  '%00',
  '%E0%A4%A',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  'x'.repeat(10_000),
  '${7*7}',
  '{{constructor.constructor("x")()}}',
  '__proto__',
  'constructor',
  '\u202e\u0000\uffff',
  '😀'.repeat(50),
  ' ',
  ',,,',
];
const routes = [
  '#/arch/tripleo-dcn',
  '#/arch/kubeedge',
  '#/present/airship',
  '#/compare',
  '#/matrix',
  '#/req/autonomy',
  '#/',
];
const params = ['node', 'cut', 'view', 'theme', 'step', 'sites', 'embed', 'left', 'right', 'sort', 'seed'];

function corpus(): string[] {
  const links = new Set<string>();
  // Each parameter with each hostile value, on a route where it means something.
  for (const param of params)
    for (const value of hostile) links.add(`${pick(routes.slice(0, 4))}?${param}=${encodeURIComponent(value)}`);
  // Unknown routes and ids.
  for (const value of hostile) {
    links.add(`#/${encodeURIComponent(value)}`);
    links.add(`#/arch/${encodeURIComponent(value)}`);
    links.add(`#/req/${encodeURIComponent(value)}`);
  }
  // Numbers out of range, unknown parameters, repeated parameters, raw percent signs.
  for (let i = 0; links.size < 340; i++) {
    links.add(
      pick([
        () =>
          `#/arch/tripleo-dcn?view=${Math.floor(random() * 1e7)},${-Math.floor(random() * 1e7)},${(random() * 50).toFixed(2)}`,
        () => `#/present/kubeedge?step=${Math.floor(random() * 1e6) + 20}`,
        () => `#/arch/starlingx-distributed-cloud?sites=${Math.floor(random() * 1e6) + 5001}`,
        () => `#/arch/airship?cut=random:${Math.floor(random() * 900) + 101}`,
        () => `#/arch/kubeedge?utm_${i}=${Math.floor(random() * 1e9)}`,
        () => `#/arch/tripleo-dcn?node=a&node=b${i}`,
        () => `#/arch/tripleo-dcn?cut=dcn${i + 2}`,
        () => `#/arch/kubeedge?node=edge-node-${i}-ghost`,
        () => `#/compare?left=arch-${i}&right=kubeedge`,
        () => `#/arch/tripleo-dcn?%${i}%=%`,
      ])(),
    );
  }
  return [...links];
}

const links = corpus();

test('the corpus holds at least 300 malformed or hostile links', () => {
  expect(links.length).toBeGreaterThanOrEqual(300);
});

const chunks = 4;
for (let chunk = 0; chunk < chunks; chunk++) {
  test(`malformed links, part ${chunk + 1} of ${chunks}: a notice and a usable page each`, async ({ page }) => {
    test.setTimeout(120_000);
    const part = links.filter((_, i) => i % chunks === chunk);
    await page.goto('./#/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    for (const [i, link] of part.entries()) {
      // Every tenth link is a fresh load; the rest arrive as a hash change in the running page.
      if (i % 10 === 0) await page.goto(`./${link}`);
      else await page.evaluate((hash) => (location.hash = hash), link);
      const notFound = page.getByRole('heading', { level: 1, name: /was not found/ });
      await expect(page.getByTestId('notices').or(notFound).first(), link).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 }).first(), link).toBeVisible();
      await expect(page.getByRole('link').first(), link).toBeVisible();
    }
    expect(dialogs).toBe(0);
  });
}
