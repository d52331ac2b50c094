/**
 * Issue 27, item 1: a selection's link labels never overlap each other, a component or a site's title,
 * on the links a presenter reported (geometry measured on screen).
 */
import { expect, openGraph, settled, test } from './fixtures';
import { sweep } from './tiers';

const reported = [
  'tripleo-dcn?node=dcn0-nova-compute',
  'kubeedge?node=edge-node-1-pods',
  'starlingx-distributed-cloud?node=subcloud1-keystone',
  'starlingx-distributed-cloud?node=subcloud1-ptp',
];

for (const [link, tier] of sweep(reported, [reported[0]!])) {
  test(`#/arch/${link}: the link labels overlap nothing`, tier, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openGraph(page, `#/arch/${link}`);
    await settled(page);
    const found = await page.evaluate(() => {
      const rect = (e: Element) => e.getBoundingClientRect();
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const labels = [...document.querySelectorAll('[data-testid="edge-label"]')].map((e) => ({
        text: e.textContent ?? '',
        box: rect(e),
      }));
      const boxes = [
        ...[...document.querySelectorAll('.react-flow__node-component, .react-flow__node-hub')].map((e) => ({
          what: (e as HTMLElement).dataset.id!,
          box: rect(e),
        })),
        ...[...document.querySelectorAll('[data-testid="site-name"]')].map((e) => ({
          what: e.textContent!,
          box: rect(e),
        })),
      ];
      const problems: string[] = [];
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`"${a.text}" over "${b.text}"`);
        for (const b of boxes) if (overlap(a.box, b.box)) problems.push(`"${a.text}" over ${b.what}`);
      });
      return { count: labels.length, problems };
    });
    expect(found.count).toBeGreaterThan(0);
    expect(found.problems).toEqual([]);
  });
}
