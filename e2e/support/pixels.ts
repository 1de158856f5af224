import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/**
 * The colour the screen shows at one point, from a 1×1 screenshot: what the reader sees, whatever
 * the page's styles say. (Playwright writes 8-bit RGBA PNGs; a single row has one filter byte.)
 */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, animations: 'disabled' });
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const [, red = 0, green = 0, blue = 0] = inflateSync(Buffer.concat(chunks));
  return [red, green, blue];
}

/** Relative luminance-ish brightness, 0 (black) to 255 (white). */
export const brightness = ([red, green, blue]: [number, number, number]) =>
  0.2126 * red + 0.7152 * green + 0.0722 * blue;
