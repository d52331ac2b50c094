/** Pictures compared as pixels, decoded by the browser under test (no image library in Node). */
import type { Page } from '@playwright/test';

/** Share of pixels that differ between two PNGs of the same size, decoded by the browser itself. */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const decode = async (base64: string) => {
        // An <img> may load data: URLs under the site's CSP; fetch() may not.
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const bitmap = await createImageBitmap(image);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(first!), decode(second!)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (
          Math.abs(x.data[i]! - y.data[i]!) +
            Math.abs(x.data[i + 1]! - y.data[i + 1]!) +
            Math.abs(x.data[i + 2]! - y.data[i + 2]!) >
          24
        )
          differing++;
      }
      return differing / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64')],
  );
}
