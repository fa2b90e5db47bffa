// Reads a PNG's pixels in the page (the browser decodes it), for tests that check what an image
// or a screenshot shows: a count of pixels per colour over a region given as shares of the image.
import type { Page } from '@playwright/test';

export interface PngColours {
  width: number;
  height: number;
  /** Pixels per '#rrggbb' colour in the region. */
  counts: Record<string, number>;
}

export function pngColours(
  page: Page,
  png: Buffer,
  region = { left: 0, top: 0, right: 1, bottom: 1 },
): Promise<PngColours> {
  return page.evaluate(
    async ({ base64, region }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const x0 = Math.floor(image.width * region.left);
      const y0 = Math.floor(image.height * region.top);
      const w = Math.ceil(image.width * region.right) - x0;
      const h = Math.ceil(image.height * region.bottom) - y0;
      const { data } = context.getImageData(x0, y0, w, h);
      const hex = (v: number) => v.toString(16).padStart(2, '0');
      const counts: Record<string, number> = {};
      for (let i = 0; i < data.length; i += 4) {
        const key = `#${hex(data[i]!)}${hex(data[i + 1]!)}${hex(data[i + 2]!)}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return { width: image.width, height: image.height, counts };
    },
    { base64: png.toString('base64'), region },
  );
}

/** Share of pixels that differ from the map's background colour (#04070d) by more than a little. */
export function inkShareOf(colours: PngColours): number {
  let ink = 0;
  let all = 0;
  for (const [key, n] of Object.entries(colours.counts)) {
    const value = Number.parseInt(key.slice(1), 16);
    const r = value >> 16;
    const g = (value >> 8) & 255;
    const b = value & 255;
    if (Math.abs(r - 4) + Math.abs(g - 7) + Math.abs(b - 13) > 24) ink += n;
    all += n;
  }
  return all > 0 ? ink / all : 0;
}
