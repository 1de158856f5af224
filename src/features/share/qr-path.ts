import { encode } from 'uqr';

/**
 * An SVG path of a QR code's dark modules, one unit a module, for a URL. uqr (unjs) does the
 * encoding; the app draws the result itself, so no markup is ever built from a string.
 */
export function qrPath(url: string): { size: number; path: string } {
  const { size, data } = encode(url, { ecc: 'M' });
  const cells: string[] = [];
  for (const [y, row] of data.entries())
    for (const [x, dark] of row.entries()) {
      if (dark) cells.push(`M${x} ${y}h1v1h-1z`);
    }
  return { size, path: cells.join('') };
}
