/** The README's screenshots: phone, laptop and projector sizes, from the built site. */
import { test } from '@playwright/test';
import { settled } from './fixtures';

const shots: { name: string; hash: string; width: number; height: number }[] = [
  { name: 'home', hash: '#/', width: 1280, height: 800 },
  { name: 'architecture', hash: '#/arch/tripleo-dcn?node=dcn0-nova-compute', width: 1280, height: 720 },
  { name: 'cut', hash: '#/arch/tripleo-dcn?cut=dcn0', width: 1280, height: 720 },
  { name: 'compare', hash: '#/compare?cut=all', width: 1280, height: 720 },
  { name: 'matrix', hash: '#/matrix', width: 1280, height: 720 },
  { name: 'present', hash: '#/present/starlingx-distributed-cloud?step=4&theme=projector', width: 1920, height: 1080 },
  { name: 'phone', hash: '#/arch/kubeedge?cut=edge-node-1&node=edge-node-1-edgehub', width: 390, height: 844 },
  { name: 'fleet', hash: '#/arch/starlingx-distributed-cloud?sites=1000&cut=random:30', width: 1280, height: 720 },
];

for (const shot of shots) {
  test(shot.name, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: 'light' });
    await page.goto(`./${shot.hash}`);
    await page.waitForLoadState('networkidle');
    await settled(page);
    await page.screenshot({ path: `e2e/screenshots/${shot.name}.png` });
    await page.close();
  });
}
