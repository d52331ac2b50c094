/** Pictures compared as pixels, decoded by the browser under test (no image library in Node). */
import type { Page } from '@playwright/test';

/**
 * Share of pixels that differ between two PNGs of the same size, decoded by the browser itself. With
 * `block`, each picture is first scaled down by that factor, so what is compared is the average colour of
 * block × block squares; `tolerance` is the summed RGB difference a pixel may have and still count as equal.
 */
export async function pixelDifference(
  page: Page,
  a: Buffer,
  b: Buffer,
  { block = 1, tolerance = 24 }: { block?: number; tolerance?: number } = {},
): Promise<number> {
  return page.evaluate(
    async ([first, second, scale, allowed]) => {
      const decode = async (base64: string) => {
        // An <img> may load data: URLs under the site's CSP; fetch() may not.
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const w = Math.floor(image.naturalWidth / scale);
        const h = Math.floor(image.naturalHeight / scale);
        const canvas = new OffscreenCanvas(w, h);
        const context = canvas.getContext('2d')!;
        context.imageSmoothingQuality = 'high';
        context.drawImage(image, 0, 0, w, h);
        return context.getImageData(0, 0, w, h);
      };
      const [x, y] = await Promise.all([decode(first), decode(second)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (
          Math.abs(x.data[i]! - y.data[i]!) +
            Math.abs(x.data[i + 1]! - y.data[i + 1]!) +
            Math.abs(x.data[i + 2]! - y.data[i + 2]!) >
          allowed
        )
          differing++;
      }
      return differing / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64'), block, tolerance] as const,
  );
}

/**
 * A PNG's size and the bounds of what is drawn on it (pixels that differ from the top-left corner's
 * colour by more than `tolerance`), decoded by the browser under test.
 */
export async function drawnBounds(
  page: Page,
  png: Buffer,
  tolerance = 30,
): Promise<{ width: number; height: number; left: number; top: number; right: number; bottom: number }> {
  return page.evaluate(
    async ([base64, allowed]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const { naturalWidth: width, naturalHeight: height } = image;
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, width, height);
      const [r, g, b] = [data[0]!, data[1]!, data[2]!];
      let [left, top, right, bottom] = [width, height, -1, -1];
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) <= allowed) continue;
          left = Math.min(left, x);
          right = Math.max(right, x);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
      return { width, height, left, top, right, bottom };
    },
    [png.toString('base64'), tolerance] as const,
  );
}

/**
 * For each horizontal line on a PNG (y, from x0 to x1, in image pixels), the share of its length drawn
 * in `colour` (an RGB triple; a pixel counts when it or the pixel above or below it is within
 * `tolerance`), decoded by the browser under test. A dashed line gives its dash share; a solid one 1.
 */
export async function colourShare(
  page: Page,
  png: Buffer,
  lines: readonly { y: number; x0: number; x1: number }[],
  colour: readonly [number, number, number],
  tolerance = 90,
): Promise<number[]> {
  return page.evaluate(
    async ([base64, spans, [r, g, b], allowed]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const { naturalWidth: width, naturalHeight: height } = image;
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, width, height);
      const near = (x: number, y: number) => {
        if (y < 0 || y >= height) return false;
        const i = (y * width + x) * 4;
        return Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) <= allowed;
      };
      return spans.map(({ y, x0, x1 }) => {
        const row = Math.round(y);
        let on = 0;
        let all = 0;
        for (let x = Math.ceil(x0); x <= Math.floor(x1); x++, all++)
          if (near(x, row) || near(x, row - 1) || near(x, row + 1)) on++;
        return all === 0 ? 1 : on / all;
      });
    },
    [png.toString('base64'), lines, colour, tolerance] as const,
  );
}
