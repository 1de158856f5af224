import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectPictureFormat, FORMAT_PROBES } from './photo-format';

/** createImageBitmap of a browser that decodes these formats: it reads the Blob's bytes, and fails on any other format. */
function browserDecoding(...formats: string[]) {
  return vi.fn(async (blob: Blob) => {
    const { format } = await sharp(Buffer.from(await blob.arrayBuffer())).metadata();
    // sharp calls AVIF by its container's name.
    if (!formats.includes(format === 'heif' ? 'avif' : format)) {
      throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
    }
    return { close: () => undefined };
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('FORMAT_PROBES', () => {
  it('are 1×1 images in their formats', async () => {
    for (const probe of FORMAT_PROBES) {
      const metadata = await sharp(Buffer.from(probe.base64, 'base64')).metadata();
      expect(metadata.format === 'heif' ? 'avif' : metadata.format).toBe(probe.format);
      expect([metadata.width, metadata.height]).toEqual([1, 1]);
      expect(probe.type).toBe(`image/${probe.format}`);
    }
    expect(FORMAT_PROBES.map((probe) => probe.format)).toEqual(['avif', 'webp']);
  });
});

describe('detectPictureFormat', () => {
  it('takes the first format of the <picture> the browser decodes', async () => {
    vi.stubGlobal('createImageBitmap', browserDecoding('avif', 'webp', 'jpeg'));
    expect(await detectPictureFormat()).toBe('avif');
    vi.stubGlobal('createImageBitmap', browserDecoding('webp', 'jpeg'));
    expect(await detectPictureFormat()).toBe('webp');
    vi.stubGlobal('createImageBitmap', browserDecoding('jpeg'));
    expect(await detectPictureFormat()).toBe('jpeg');
  });

  it('takes JPEG where the browser has no way to decode a file in memory', async () => {
    vi.stubGlobal('createImageBitmap', undefined);
    expect(await detectPictureFormat()).toBe('jpeg');
  });
});
