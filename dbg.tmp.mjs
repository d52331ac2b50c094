import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto('http://127.0.0.1:4173/explorer/#/arch/airship');
await page.waitForTimeout(1000);
const loc = page.locator('[data-site="edge-1"]').getByRole('button', { name: /Cut the WAN link/ });
console.log('count', await loc.count());
try { await loc.click({ timeout: 3000 }); console.log('clicked', page.url()); } catch (e) { console.log(String(e).split('\n').slice(0,12).join('\n')); }
await browser.close();
