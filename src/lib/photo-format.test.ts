import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectPictureFormat, FORMAT_PROBES } from './photo-format';

/** The Image of a browser that decodes these formats: it reads its data: URL, and fails on any other format. */
function browserDecoding(...formats: string[]) {
  return class {
    src = '';
    async decode() {
      const base64 = this.src.slice(this.src.indexOf(',') + 1);
      const { format } = await sharp(Buffer.from(base64, 'base64')).metadata();
      // sharp calls AVIF by its container's name.
      if (!formats.includes(format === 'heif' ? 'avif' : format)) {
        throw new DOMException('The source image cannot be decoded.', 'EncodingError');
      }
    }
  };
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
    vi.stubGlobal('Image', browserDecoding('avif', 'webp', 'jpeg'));
    expect(await detectPictureFormat()).toBe('avif');
    vi.stubGlobal('Image', browserDecoding('webp', 'jpeg'));
    expect(await detectPictureFormat()).toBe('webp');
    vi.stubGlobal('Image', browserDecoding('jpeg'));
    expect(await detectPictureFormat()).toBe('jpeg');
  });

  it('takes JPEG where the browser has no way to decode an image before showing it', async () => {
    vi.stubGlobal('Image', class {});
    expect(await detectPictureFormat()).toBe('jpeg');
    vi.stubGlobal('Image', undefined);
    expect(await detectPictureFormat()).toBe('jpeg');
  });
});
