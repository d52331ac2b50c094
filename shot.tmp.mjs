import { chromium } from '@playwright/test';
const [,, url, out, w='1280', h='720', theme, ...actions] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
const errors = [];
page.on('pageerror', e => errors.push(String(e)));
page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
await page.goto(url);
await page.waitForTimeout(1000);
for (const a of actions) { if (a.startsWith('key:')) await page.keyboard.press(a.slice(4)); else if (a.startsWith('click:')) await page.click(a.slice(6)); else if (a.startsWith('type:')) await page.keyboard.type(a.slice(5)); await page.waitForTimeout(700); }
await page.screenshot({ path: out });
console.log(out, 'errors:', errors, page.url());
await browser.close();
