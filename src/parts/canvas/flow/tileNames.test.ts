import { describe, expect, it } from 'vitest';
import { MAX_NAMED_TILES, MIN_NAME_PX, NAME_SIZE, namedTileKey, tilesOfKey, type TileView } from './tileNames';
import type { FleetTile } from './types';

/** A grid of `n` tiles, 400 × 250 with gaps of 100, ten to a row. */
function grid(n: number): FleetTile[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i + 1}`,
    name: `Site ${i + 1}`,
    x: (i % 10) * 500,
    y: Math.floor(i / 10) * 350,
    width: 400,
    height: 250,
    cut: false,
  }));
}

const screen = (zoom: number, over: Partial<TileView> = {}): TileView => ({
  x: 0,
  y: 0,
  zoom,
  width: 1280,
  height: 600,
  originX: 0,
  originY: 0,
  ...over,
});

describe('namedTileKey', () => {
  it('names every tile of a small fleet, whatever the view', () => {
    const tiles = grid(MAX_NAMED_TILES);
    expect(tilesOfKey(tiles, namedTileKey(tiles, screen(0.01)))).toHaveLength(MAX_NAMED_TILES);
  });

  it('names none of a large fleet while a name would be too small to read', () => {
    const tiles = grid(1000);
    const tooSmall = (MIN_NAME_PX / (250 * NAME_SIZE)) * 0.99;
    expect(namedTileKey(tiles, screen(tooSmall))).toBe('');
  });

  it('names exactly the tiles on screen once names are readable', () => {
    const tiles = grid(1000);
    const zoom = 0.3; // a name is 250 × 0.16 × 0.3 = 12 px
    const named = tilesOfKey(tiles, namedTileKey(tiles, screen(zoom)));
    // 1280 / 0.3 = 4267 wide: the middles of columns 0–8 (x + 200) are inside; 600 / 0.3 = 2000 tall: rows 0–5.
    expect(named.map((t) => t.id)).toEqual(
      Array.from({ length: 6 }, (_, row) => Array.from({ length: 9 }, (__, col) => `s${row * 10 + col + 1}`)).flat(),
    );
  });

  it('follows the pan and the fleet node’s place in the diagram', () => {
    const tiles = grid(1000);
    // Panned so that the screen's top-left is at (2000, 7000) in the diagram; the fleet starts at (0, 3500).
    const view = screen(0.3, { x: -2000 * 0.3, y: -7000 * 0.3, originY: 3500 });
    const named = tilesOfKey(tiles, namedTileKey(tiles, view));
    expect(named[0]).toMatchObject({ x: 2000, y: 3500 });
    // A tile whose middle is just off screen is not named (its name would be cut in half).
    expect(named.some((t) => t.x === 1500)).toBe(false);
    expect(named.every((t) => t.x >= 2000 - 400 && t.x <= 2000 + 4267 && t.y >= 3500 - 250 && t.y <= 3500 + 2000)).toBe(
      true,
    );
  });

  it('keeps the key unchanged for a pan that shows the same tiles', () => {
    const tiles = grid(1000);
    expect(namedTileKey(tiles, screen(0.3, { x: -10 }))).toBe(namedTileKey(tiles, screen(0.3, { x: -20 })));
  });
});
