import { describe, expect, it } from 'vitest';
import { intersects } from '../../../model/geometry';
import { placeLabels, shorterForms } from './labels';

const measure = (text: string) => text.length * 7;

describe('placing link labels', () => {
  it('centres a label on a horizontal stretch where it is free', () => {
    const [label] = placeLabels(
      [
        {
          id: 'a',
          text: 'AMQP RPC',
          points: [
            { x: 0, y: 100 },
            { x: 400, y: 100 },
          ],
        },
      ],
      [],
      measure,
    );
    expect(label).toMatchObject({ text: 'AMQP RPC', full: 'AMQP RPC' });
    expect(label!.x + label!.width / 2).toBeCloseTo(200);
    expect(label!.y).toBeLessThan(100);
    expect(label!.y + label!.height).toBeGreaterThan(100);
  });

  it('never puts a label over a box or another label: it moves, shortens, or leaves the label out', () => {
    const route = [
      { x: 0, y: 100 },
      { x: 300, y: 100 },
      { x: 300, y: 400 },
    ];
    const boxes = [
      { x: 120, y: 80, width: 80, height: 40 },
      { x: 310, y: 230, width: 60, height: 40 },
    ];
    const requests = [
      'provision + Ansible (SSH) · AMQP RPC (conductor) · inventory reports +3 more',
      'libvirt API',
      'image API (local)',
      'RBD vms pool',
    ].map((text, i) => ({ id: String(i), text, points: route }));
    const placed = placeLabels(requests, boxes, measure);
    expect(placed.length).toBeGreaterThanOrEqual(3);
    for (const [i, a] of placed.entries()) {
      for (const box of boxes) expect(intersects(a, box), `${a.text} over a box`).toBe(false);
      for (const b of placed.slice(i + 1)) expect(intersects(a, b), `${a.text} over ${b.text}`).toBe(false);
    }
    for (const p of placed) expect(p.text === p.full || p.text.endsWith('…')).toBe(true);
  });

  it('shortens a label that fits nowhere whole, keeping its full text for the title', () => {
    const text = 'provision + Ansible (SSH) · AMQP RPC (conductor) · inventory reports';
    const walls = [
      { x: -400, y: 0, width: 400, height: 200 },
      { x: 300, y: 0, width: 400, height: 200 },
    ];
    const [label] = placeLabels(
      [
        {
          id: 'a',
          text,
          points: [
            { x: 0, y: 100 },
            { x: 300, y: 100 },
          ],
        },
      ],
      walls,
      measure,
    );
    expect(label!.text.endsWith('…')).toBe(true);
    expect(label!.width).toBeLessThanOrEqual(300);
    expect(label!.full).toBe(text);
  });

  it('keeps a label inside the diagram', () => {
    const area = { x: 0, y: 0, width: 320, height: 500 };
    const route = [
      { x: 10, y: 0 },
      { x: 10, y: 400 },
    ];
    const [label] = placeLabels(
      [{ id: 'a', text: 'a long label for a short place', points: route }],
      [],
      measure,
      area,
    );
    expect(label!.x).toBeGreaterThanOrEqual(0);
    expect(label!.x + label!.width).toBeLessThanOrEqual(320);
  });

  it('offers shorter forms, fewer words each time', () => {
    expect(shorterForms('libvirt API · AMQP RPC')).toEqual(['libvirt API · AMQP…', 'libvirt API…', 'libvirt…']);
  });
});
