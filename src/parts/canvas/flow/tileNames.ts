/**
 * Which of a fleet's tiles carry their site's name: all of a small fleet; of a large one, those whose
 * middle is on screen once a name would be readable there. A thousand names at once would be noise (and DOM);
 * none at all left the tiles between the far view and the detailed one saying nothing.
 */
import type { FleetTile } from './types';

/** A fleet this small names every tile at any zoom. */
export const MAX_NAMED_TILES = 200;
/** The name's size, as a share of the tile's height. */
export const NAME_SIZE = 0.16;
/** Below this size on screen a name is not drawn: it could not be read. */
export const MIN_NAME_PX = 10;

/** What the canvas shows: React Flow's transform and the pane's size, and where the fleet node sits. */
export interface TileView {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
  /** The fleet node's top-left corner, in diagram coordinates (tiles are relative to it). */
  originX: number;
  originY: number;
}

/**
 * The ids of the tiles to name, joined by spaces: a string, so a canvas subscription re-renders the
 * names only when the set changes, not on every frame of a pan.
 */
export function namedTileKey(tiles: readonly FleetTile[], view: TileView): string {
  if (tiles.length <= MAX_NAMED_TILES) return '*';
  const { zoom } = view;
  if (zoom <= 0 || view.width <= 0 || view.height <= 0) return '';
  // The screen in the fleet node's own coordinates.
  const left = -view.x / zoom - view.originX;
  const top = -view.y / zoom - view.originY;
  const right = left + view.width / zoom;
  const bottom = top + view.height / zoom;
  const ids: string[] = [];
  for (const t of tiles) {
    if (t.height * NAME_SIZE * zoom < MIN_NAME_PX) continue;
    // Where the name is drawn: a tile whose middle is off screen would show a name cut in half.
    const cx = t.x + t.width / 2;
    const cy = t.y + t.height / 2;
    if (cx < left || cx > right || cy < top || cy > bottom) continue;
    ids.push(t.id);
  }
  return ids.join(' ');
}

/** The tiles a key names, in the tiles' order. */
export function tilesOfKey(tiles: readonly FleetTile[], key: string): FleetTile[] {
  if (key === '*') return [...tiles];
  if (key === '') return [];
  const ids = new Set(key.split(' '));
  return tiles.filter((t) => ids.has(t.id));
}
