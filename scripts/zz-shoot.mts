import { chromium } from '@playwright/test';
import { chromiumLaunch } from './chromium.ts';
const [, , ...specs] = process.argv;
const browser = await chromium.launch(chromiumLaunch);
for (const spec of specs) {
  const [name, w, h, hash, action] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
  await page.goto(`http://127.0.0.1:4199/explorer/${hash}`);
  await page.waitForTimeout(2500);
  if (action?.startsWith('scroll:')) {
    for (let i = 0; i < Number(action.slice(7)); i++) {
      await page.screenshot({ path: `/tmp/look/${name}-${i}.png` });
      await page.mouse.wheel(0, Number(h) - 80);
      await page.waitForTimeout(300);
    }
  } else if (action === 'full') await page.screenshot({ path: `/tmp/look/${name}.png`, fullPage: true });
  else await page.screenshot({ path: `/tmp/look/${name}.png` });
  console.log(name, page.url());
  await page.close();
}
await browser.close();
