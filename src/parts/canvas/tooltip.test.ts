import { describe, expect, it } from 'vitest';
import { hubTip, linkTip, placeTip } from './tooltip';

const canvas = { x: 0, y: 100, width: 800, height: 500 };
const size = { width: 200, height: 80 };

describe('placeTip', () => {
  it('goes below its anchor, centred on it', () => {
    expect(placeTip({ x: 300, y: 200, width: 100, height: 20 }, size, canvas)).toEqual({ x: 250, y: 230 });
  });

  it('goes above its anchor when there is no room below', () => {
    expect(placeTip({ x: 300, y: 560, width: 100, height: 20 }, size, canvas)).toEqual({ x: 250, y: 470 });
  });

  it('stays inside the canvas at its corners', () => {
    expect(placeTip({ x: -50, y: 90, width: 20, height: 20 }, size, canvas)).toEqual({ x: 10, y: 120 });
    expect(placeTip({ x: 790, y: 590, width: 20, height: 20 }, size, canvas)).toEqual({ x: 590, y: 500 });
  });

  it('keeps its top-left corner in a canvas smaller than itself', () => {
    expect(placeTip({ x: 10, y: 10, width: 10, height: 10 }, { width: 900, height: 900 }, canvas)).toEqual({
      x: 10,
      y: 110,
    });
  });
});

describe('linkTip', () => {
  const names = (id: string) => id.toUpperCase();
  const label = (link: string, words: string) => ({ link, label: words });

  it('gives each link of a few its ends and whole label', () => {
    const tip = linkTip(
      {
        over: 'wan',
        severed: false,
        links: ['a->b', 'c->b'],
        labels: [label('a->b', 'SQL'), label('c->b', 'AMQP RPC')],
      },
      names,
    );
    expect(tip).toEqual({ title: 'WAN link: 2 links share this line', lines: ['A → B: SQL', 'C → B: AMQP RPC'] });
  });

  it('says a cut line is cut, and a local one local', () => {
    expect(linkTip({ over: 'wan', severed: true, links: ['a->b'], labels: [] }, names).title).toBe('WAN link, cut');
    expect(linkTip({ over: 'local', severed: false, links: ['a->b'], labels: [] }, names)).toEqual({
      title: 'Local link',
      lines: ['A → B'],
    });
  });

  it('lists what a busy lane carries and its ends once each, every one of them', () => {
    const links = ['a->x', 'b->x', 'c->y', 'd->y', 'e->x'];
    const tip = linkTip(
      { over: 'wan', severed: false, links, labels: links.map((l, i) => label(l, i % 2 ? 'tokens' : `label ${i}`)) },
      names,
    );
    expect(tip.lines).toEqual(['Carries: label 0 · tokens · label 2 · label 4', 'Between: A, X, B, C, Y, D, E']);
  });
});

describe('hubTip', () => {
  it('says what the link carries and what activating the hub does', () => {
    expect(hubTip({ siteName: 'Edge 1', severed: false, carries: ['SQL', 'tokens'] })).toEqual({
      title: 'WAN link of Edge 1, connected',
      lines: ['Carries: SQL · tokens.', 'Click or press Enter to cut it.'],
    });
    expect(hubTip({ siteName: 'Edge 1', severed: true, carries: [] }).lines[1]).toBe(
      'Click or press Enter to restore it.',
    );
  });
});
