import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../content/taxonomy.ts';
import { generateCorpus } from './generate-corpus.ts';
import type { CorpusPhoto } from './photo-spec.ts';
import { renderPhoto } from './render-photo.ts';

const taxonomy = parseTaxonomy(
  readFileSync(new URL('../../../content/taxonomy.json', import.meta.url), 'utf8'),
  'taxonomy.json',
);
const photos = generateCorpus({ articles: 1000, seed: 5, taxonomy, photos: 0.2 }).flatMap((file) => file.photos ?? []);
const find = (test: (photo: CorpusPhoto) => boolean): CorpusPhoto => {
  const photo = photos.find(test);
  if (!photo) throw new Error('no such photo in the corpus');
  return photo;
};
/** A spec at a size quick to render in a test. */
const small = (photo: CorpusPhoto): CorpusPhoto => ({
  ...photo,
  width: photo.width > photo.height ? 400 : 300,
  height: photo.width > photo.height ? 300 : 400,
});

/** The GPS position in an EXIF block (a TIFF structure after "Exif\0\0"), in degrees. */
function gpsIn(exif: Buffer): { latitude: number; longitude: number } | undefined {
  const tiff = exif.subarray(6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const entries = (ifd: number) =>
    Array.from({ length: u16(ifd) }, (_, index) => ifd + 2 + index * 12).map((at) => ({
      tag: u16(at),
      value: u32(at + 8),
    }));
  const gps = entries(u32(4)).find(({ tag }) => tag === 0x8825);
  if (!gps) return undefined;
  const degrees = (tag: number) => {
    const at = entries(gps.value).find((entry) => entry.tag === tag)?.value ?? 0;
    const [d = 0, m = 0, s = 0] = [0, 1, 2].map((index) => u32(at + index * 8) / u32(at + index * 8 + 4));
    return d + m / 60 + s / 3600;
  };
  return { latitude: degrees(2), longitude: degrees(4) };
}

/** The photo upright and shrunk to 16 × 12 pixels: what it shows, without its grain. */
const thumbnail = async (bytes: Buffer) =>
  sharp(await sharp(bytes).rotate().toBuffer())
    .resize(16, 12, { fit: 'fill' })
    .raw()
    .toBuffer();

describe('renderPhoto', () => {
  it('writes each format at the size of its spec, opaque, and the same bytes for the same spec', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
      const spec = small(find((photo) => photo.format === format));
      const bytes = await renderPhoto(spec);
      const metadata = await sharp(bytes).metadata();
      expect(metadata.format).toBe(format === 'avif' ? 'heif' : format);
      expect(metadata.autoOrient).toEqual({ width: spec.width, height: spec.height });
      expect(metadata.hasAlpha).toBe(false);
      expect(await renderPhoto(spec)).toEqual(bytes);
    }
  });

  it('stores some photos turned, with the EXIF orientation that shows them upright', async () => {
    for (const orientation of [3, 6, 8] as const) {
      const turned = small(find((photo) => photo.orientation === orientation));
      const bytes = await renderPhoto(turned);
      const metadata = await sharp(bytes).metadata();
      expect(metadata.orientation).toBe(orientation);
      expect(metadata.autoOrient).toEqual({ width: turned.width, height: turned.height });
      const { orientation: _, ...upright } = turned;
      const [a, b] = [await thumbnail(bytes), await thumbnail(await renderPhoto(upright))];
      const difference = a.reduce((sum, value, index) => sum + Math.abs(value - (b[index] ?? 0)), 0) / a.length;
      // Shown the wrong way round, the scene differs by 30 or more.
      expect(difference).toBeLessThan(5);
    }
  });

  it('writes the camera and the GPS position into the EXIF of a photo that has them', async () => {
    const located = small(find((photo) => photo.gps !== undefined && photo.camera !== undefined));
    const { exif } = await sharp(await renderPhoto(located)).metadata();
    expect(exif?.includes(located.camera?.model ?? '-')).toBe(true);
    const gps = gpsIn(exif ?? Buffer.alloc(0));
    expect(gps?.latitude).toBeCloseTo(located.gps?.latitude ?? 0, 4);
    expect(gps?.longitude).toBeCloseTo(located.gps?.longitude ?? 0, 4);
    const plain = small(find((photo) => photo.gps === undefined && photo.format === 'jpeg'));
    const plainExif = (await sharp(await renderPhoto(plain)).metadata()).exif;
    expect(plainExif && gpsIn(plainExif)).toBeFalsy();
  });

  it('compresses like a photo: a 1,200-pixel AVIF takes tens of KB, neither flat colour nor noise', async () => {
    const avif = find((photo) => photo.format === 'avif' && Math.max(photo.width, photo.height) === 1200);
    const bytes = await renderPhoto(avif);
    expect(bytes.length).toBeGreaterThan(15_000);
    expect(bytes.length).toBeLessThan(200_000);
  }, 20_000);
});
