import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { runTypeScript } from '../testing/run-to-end.ts';

/**
 * A camera's largest files are read within bounded memory: the encoder decodes each once, at the
 * widest variant's size, streaming. Each runs in a process of its own so that its peak memory
 * is its own. 500 MB is well under what the whole 108 MP would take decoded three times over
 * (decoded whole, it peaked at 1.4 GB), and about twice what a small photo takes.
 */
const PEAK_MEMORY_MB = 500;

const resultSchema = z.object({
  width: z.number(),
  height: z.number(),
  variantBytes: z.number(),
  peakMemoryMb: z.number(),
});

let pages: string;

function encodeInOwnProcess(photoPath: string) {
  const run = runTypeScript('src/photos/encode-photo.cli.ts', [pages, photoPath], 110_000);
  expect(run.status, run.stderr).toBe(0);
  return resultSchema.parse(JSON.parse(run.stdout));
}

/**
 * A picture with something in it: flat colour would decode in a blink whatever its size. The noise
 * is drawn at a tenth of each side and scaled up, blocky: drawing and encoding it at full size
 * took 17 s of the suite, and every pixel still has to be decoded.
 */
async function patterned(width: number, height: number) {
  const [smallWidth, smallHeight] = [Math.ceil(width / 10), Math.ceil(height / 10)];
  const noise = { type: 'gaussian', mean: 128, sigma: 40 } as const;
  const small = sharp({
    create: { width: smallWidth, height: smallHeight, channels: 3, background: '#808080', noise },
  });
  return sharp(await small.png().toBuffer()).resize(width, height, { kernel: 'nearest' });
}

beforeAll(async () => {
  pages = await mkdtemp(path.join(tmpdir(), 'large-photos-'));
  await (await patterned(12_000, 9_000)).jpeg({ quality: 80 }).toFile(path.join(pages, 'huge.jpg'));
  // Stored without compression: 3,700×3,700 RGB is 41 MB.
  await (await patterned(3_700, 3_700)).png({ compressionLevel: 0 }).toFile(path.join(pages, 'heavy.png'));
}, 120_000);

afterAll(() => rm(pages, { recursive: true, force: true }));

describe('large photos', () => {
  it('reads a 12,000×9,000 photo within bounded memory', () => {
    const result = encodeInOwnProcess('huge.jpg');
    expect([result.width, result.height]).toEqual([12_000, 9_000]);
    expect(result.variantBytes).toBeGreaterThan(0);
    expect(result.peakMemoryMb).toBeLessThan(PEAK_MEMORY_MB);
  }, 120_000);

  it('reads a 40 MB file within bounded memory', async () => {
    expect((await stat(path.join(pages, 'heavy.png'))).size).toBeGreaterThan(40_000_000);
    const result = encodeInOwnProcess('heavy.png');
    expect([result.width, result.height]).toEqual([3_700, 3_700]);
    expect(result.peakMemoryMb).toBeLessThan(PEAK_MEMORY_MB);
  }, 120_000);
});
