/**
 * The boot script's picture of the diagram (src/boot): the canvas snaps it onto itself when it mounts
 * (the page's header may wrap differently from the boot script's guess) and removes it once it has drawn
 * the diagram, in the same frame, so the reader sees one diagram throughout.
 */
import { FIRST_PICTURE_ID, pictureBox } from '../model/firstView';
import type { Rect } from '../model/geometry';

const picture = () => document.getElementById(FIRST_PICTURE_ID) as HTMLImageElement | null;

export function placeFirstPicture(canvas: DOMRect): void {
  const img = picture();
  if (!img?.dataset.bounds) return;
  const box = pictureBox(JSON.parse(img.dataset.bounds) as Rect, canvas);
  Object.assign(img.style, {
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
  });
}

export function dropFirstPicture(): void {
  picture()?.remove();
}
