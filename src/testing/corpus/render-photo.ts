/**
 * Makes the files of generated photos (generate-photos.ts) with sharp. A scene is drawn small and
 * scaled up, then a tile of seeded grain is laid over it: a photo's smooth areas and soft edges
 * with a photo's noise, so the files compress like photos (neither flat colour nor pure noise),
 * and a 12-megapixel one is made in well under a second. The same spec gives the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp, { type Exif, type Sharp } from 'sharp';
import { sceneSvg } from './photo-scene.ts';
import type { CorpusPhoto, CorpusPhotoFormat } from './photo-spec.ts';
import { createRandom } from './random.ts';

const TILE = 128;
/** The scene is drawn at most this much smaller than the photo, and at least this many pixels on its long side. */
const UPSCALE = 6;
const DRAWN_SIDE = 320;

/** Specks of dark and light, each almost transparent: grain over the scene. */
function grainTile({ seed, strength }: CorpusPhoto['grain']): Buffer {
  const random = createRandom(seed);
  const tile = Buffer.alloc(TILE * TILE * 4);
  for (let pixel = 0; pixel < TILE * TILE; pixel += 1) {
    tile.fill(random.chance(0.5) ? 0 : 255, pixel * 4, pixel * 4 + 3);
    tile[pixel * 4 + 3] = random.int(0, strength);
  }
  return tile;
}

/** Turns that store an upright picture as a file with this EXIF orientation shows it upright. */
const STORED_TURN = { 3: 180, 6: 270, 8: 90 } as const;

/**
 * The quickest settings: a camera's standard Huffman tables (optimising them takes a second pass),
 * the least effort. What matters is that the files are photos, not that they are small.
 */
const ENCODERS: Record<CorpusPhotoFormat, (image: Sharp, quality: number) => Sharp> = {
  jpeg: (image, quality) => image.jpeg({ quality, optimiseCoding: false }),
  png: (image) => image.png({ compressionLevel: 3 }),
  webp: (image, quality) => image.webp({ quality, effort: 0 }),
  avif: (image, quality) => image.avif({ quality, effort: 0 }),
};

/** Degrees, minutes and seconds as EXIF writes them: rationals. */
function rationalDegrees(value: number): string {
  const degrees = Math.floor(value);
  const minutes = Math.floor((value - degrees) * 60);
  const hundredthsOfSeconds = Math.round(((value - degrees) * 60 - minutes) * 6000);
  return `${degrees}/1 ${minutes}/1 ${hundredthsOfSeconds}/100`;
}

/** The camera (IFD0) and the position (IFD3, the GPS directory) a photo carries, if any. */
function exifOf({ camera, gps }: CorpusPhoto): Exif | undefined {
  if (!camera && !gps) return undefined;
  return {
    ...(camera ? { IFD0: { Make: camera.make, Model: camera.model } } : {}),
    ...(gps
      ? {
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: rationalDegrees(gps.latitude),
            GPSLongitudeRef: 'E',
            GPSLongitude: rationalDegrees(gps.longitude),
          },
        }
      : {}),
  };
}

/** The bytes of a generated photo's file. */
export async function renderPhoto(photo: CorpusPhoto): Promise<Buffer> {
  const { width, height, orientation } = photo;
  const scale = Math.min(1, Math.max(1 / UPSCALE, DRAWN_SIDE / Math.max(width, height)));
  const svg = sceneSvg(photo.scene, Math.round(width * scale), Math.round(height * scale));
  const drawn = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sideways = orientation === 6 || orientation === 8;
  let image = sharp(drawn.data, { raw: drawn.info })
    .rotate(orientation ? STORED_TURN[orientation] : 0)
    .resize(sideways ? height : width, sideways ? width : height, { fit: 'fill', kernel: 'linear' })
    .composite([{ input: grainTile(photo.grain), raw: { width: TILE, height: TILE, channels: 4 }, tile: true }])
    // The grain's alpha would make the result a transparent PNG, WebP or AVIF.
    .removeAlpha();
  const exif = exifOf(photo);
  if (exif) image = image.withExif(exif);
  if (orientation) image = image.withMetadata({ orientation });
  return ENCODERS[photo.format](image, photo.quality).toBuffer();
}

/**
 * Writes the photos into the pages folder `dir`, a few at a time (each photo is one libvips
 * pipeline, which keeps about one core busy). Returns the bytes written.
 */
export async function writePhotos(
  dir: string,
  photos: readonly CorpusPhoto[],
  concurrency = availableParallelism(),
): Promise<number> {
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    for (let photo = photos[next++]; photo; photo = photos[next++]) {
      const data = await renderPhoto(photo);
      const file = path.join(dir, photo.file);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
      bytes += data.length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return bytes;
}
