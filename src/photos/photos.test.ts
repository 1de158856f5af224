import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticles } from '../content/build-articles.ts';
import { parseTaxonomy } from '../content/taxonomy.ts';
import { encodePhoto, variantWidths } from './encode-photo.ts';
import { encodedPhoto, photoKey } from './photo-cache.ts';
import { type PhotoPlace, readPhotoFile } from './photo-file.ts';
import { publishPhotos } from './publish-photos.ts';

let root: string;
let pages: string;

const placeOf = (photoPath: string, line = 4): PhotoPlace => ({
  pageFile: '2023-03-08_04.txt',
  photo: { path: photoPath, line },
});

/** A 400×300 photo stored on its side (EXIF orientation 6: turn 90° clockwise to view), with a GPS position. */
async function sidewaysJpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 300, channels: 3, background: '#c04030' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'TestCam', Model: 'Serial 12345' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '39/1 54/1 27/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '116/1 23/1 17/1',
      },
    })
    .toBuffer();
}

/** PNG bytes whose header claims `width`×`height`, with a scrap of image data: enough for a reader that checks the header first. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(100))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function put(name: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(path.join(pages, name)), { recursive: true });
  await writeFile(path.join(pages, name), bytes);
}

async function encodeFrom(name: string) {
  const place = placeOf(name);
  return encodePhoto(await readPhotoFile(pages, place), place);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'photos-'));
  pages = path.join(root, 'pages');
  await mkdir(pages);
  await put('photos/sideways.jpg', await sidewaysJpegWithGps());
  const wide = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#3050a0' } })
    .png()
    .toBuffer();
  await put('wide.png', wide);
  await put('cut.png', wide.subarray(0, Math.floor(wide.length / 2)));
  await put(
    'spacer.png',
    await sharp({ create: { width: 1, height: 1, channels: 4, background: '#0000' } })
      .png()
      .toBuffer(),
  );
  await put(
    'anim.gif',
    await sharp({ create: { width: 200, height: 200, channels: 3, background: '#888' } })
      .gif()
      .toBuffer(),
  );
  await put('notes.jpg', '这不是图片');
  await put('empty.jpg', '');
  await put('huge.png', pngHeader(12_000, 10_001));
  await mkdir(path.join(pages, 'folder.jpg'));
  await symlink(path.join(pages, 'wide.png'), path.join(pages, 'link.png'));
  await mkdir(path.join(root, 'outside'));
  await writeFile(path.join(root, 'outside', 'x.png'), wide);
  await symlink(path.join(root, 'outside'), path.join(pages, 'elsewhere'));
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('encodePhoto', () => {
  it('turns the photo upright and publishes none of its metadata', async () => {
    const photo = await encodeFrom('photos/sideways.jpg');
    expect([photo.width, photo.height]).toEqual([300, 400]);
    expect(photo.colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(photo.variants.map(({ format, width, height }) => [format, width, height])).toEqual([
      ['avif', 300, 400],
      ['webp', 300, 400],
      ['jpeg', 300, 400],
    ]);
    for (const variant of photo.variants) {
      const metadata = await sharp(variant.bytes).metadata();
      expect([metadata.width, metadata.height, metadata.format]).toEqual([
        300,
        400,
        variant.format === 'avif' ? 'heif' : variant.format,
      ]);
      expect(metadata.exif).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
    }
    // The source did carry them (the EXIF block holds the GPS position): the checks above can fail.
    const source = await sharp(await readFile(path.join(pages, 'photos/sideways.jpg'))).metadata();
    expect(source.orientation).toBe(6);
    expect(source.exif?.includes('TestCam')).toBe(true);
  });

  // Six widths in three formats: AVIF takes seconds on two busy cores.
  it("publishes each width below the photo's own, and never enlarges it", { timeout: 30_000 }, async () => {
    expect(variantWidths(2000)).toEqual([320, 480, 640, 960, 1200, 1600]);
    expect(variantWidths(700)).toEqual([320, 480, 640, 700]);
    expect(variantWidths(300)).toEqual([300]);
    const photo = await encodeFrom('wide.png');
    expect(
      photo.variants.filter((variant) => variant.format === 'jpeg').map(({ width, height }) => [width, height]),
    ).toEqual([
      [320, 160],
      [480, 240],
      [640, 320],
      [960, 480],
      [1200, 600],
      [1600, 800],
    ]);
  });

  it.each([
    ['cut.png', /:4: the photo is damaged or cut short/],
    ['spacer.png', /:4: the image is 1×1 pixels: too small to be a photo/],
    ['anim.gif', /:4: a gif image is no photo: use JPEG, PNG, WebP, AVIF or HEIC/],
    ['notes.jpg', /:4: not an image this build can read/],
    ['huge.png', /:4: the photo has 12000×10001 pixels, more than 120 million/],
  ])('rejects %s with FILE:LINE', async (name, problem) => {
    await expect(encodeFrom(name)).rejects.toThrow(problem);
    await expect(encodeFrom(name)).rejects.toThrow(/^2023-03-08_04\.txt:4: /);
  });
});

describe('readPhotoFile', () => {
  it.each([
    ['missing.jpg', /:4: photo not found: missing\.jpg/],
    ['empty.jpg', /:4: the photo file is empty: empty\.jpg/],
    ['folder.jpg', /:4: the photo is not a file: folder\.jpg/],
    ['link.png', /:4: the photo is a link: put the file itself at link\.png/],
    ['elsewhere/x.png', /:4: the photo's path leaves the content folder: elsewhere\/x\.png/],
  ])('rejects %s with FILE:LINE', async (name, problem) => {
    await expect(readPhotoFile(pages, placeOf(name))).rejects.toThrow(problem);
  });
});

describe('the encoding cache', () => {
  it('encodes a photo once, and again only when its entry is damaged', async () => {
    const cache = path.join(root, 'cache');
    // A small photo (one width): the test encodes it three times.
    const place = placeOf('photos/sideways.jpg');
    const file = await readPhotoFile(pages, place);
    const first = await encodedPhoto(cache, file, place);
    expect(first.fromCache).toBe(false);
    const second = await encodedPhoto(cache, file, place);
    expect(second).toEqual({ photo: first.photo, fromCache: true, key: first.key });

    const variant = first.photo.variants[0];
    if (!variant) throw new Error('no variant');
    await truncate(path.join(first.photo.folder, variant.file), 10);
    expect((await encodedPhoto(cache, file, place)).fromCache).toBe(false);

    await writeFile(path.join(first.photo.folder, 'photo.json'), '{"width":');
    const again = await encodedPhoto(cache, file, place);
    expect(again.fromCache).toBe(false);
    expect(again.photo.variants).toEqual(first.photo.variants);
  });

  it('keys an entry by the bytes of the photo', async () => {
    const bytes = new Uint8Array(await readFile(path.join(pages, 'wide.png')));
    const changed = bytes.slice();
    changed[changed.length - 20] = (changed[changed.length - 20] ?? 0) ^ 1;
    expect(photoKey(bytes)).toBe(photoKey(bytes.slice()));
    expect(photoKey(changed)).not.toBe(photoKey(bytes));
  });
});

describe('publishPhotos', () => {
  it('writes each variant under its edition date with a content hash, and says what it published', async () => {
    const taxonomy = parseTaxonomy(
      await readFile(path.join(process.cwd(), 'content/taxonomy.json'), 'utf8'),
      'taxonomy.json',
    );
    const text =
      '## 公交女职工享“甜蜜”关爱\n![女职工制作蛋糕](photos/sideways.jpg)\n\n近日，女职工开展烘焙活动。 本报记者 边磊 摄影报道';
    const articles = buildArticles([{ file: '2023-03-08_04.txt', bytes: new TextEncoder().encode(text) }], taxonomy);
    const outDir = path.join(root, 'site');
    const options = { pagesDir: pages, cacheDir: path.join(root, 'publish-cache'), outDir };
    const first = await publishPhotos(articles, options);
    const [photo] = first.byArticle.get(articles[0]?.id ?? '') ?? [];
    expect(photo).toMatchObject({ description: '女职工制作蛋糕', at: 0, width: 300, height: 400 });
    expect(photo?.avif).toEqual([
      {
        path: expect.stringMatching(/^photos\/2023\/03\/08\/.+-1-300\.[0-9a-f]{10}\.avif$/),
        width: 300,
        bytes: expect.any(Number),
      },
    ]);
    expect(photo?.jpeg[0]?.path).toMatch(/\.jpg$/);
    for (const variant of [...(photo?.avif ?? []), ...(photo?.webp ?? []), ...(photo?.jpeg ?? [])]) {
      const bytes = await readFile(path.join(outDir, variant.path));
      expect(variant.path).toContain(createHash('sha256').update(bytes).digest('hex').slice(0, 10));
      // What saving it for offline reading costs.
      expect(variant.bytes).toBe(bytes.length);
    }
    expect(first).toMatchObject({ photos: 1, encoded: 1, files: 3 });
    const again = await publishPhotos(articles, options);
    expect(again).toMatchObject({ photos: 1, encoded: 0, files: 3 });
    expect(again.byArticle).toEqual(first.byArticle);
  });

  it('finds an unchanged photo by its stamp, and reads a changed one again, even with its old time', async () => {
    const taxonomy = parseTaxonomy(
      await readFile(path.join(process.cwd(), 'content/taxonomy.json'), 'utf8'),
      'taxonomy.json',
    );
    await put('photos/swap.jpg', await readFile(path.join(pages, 'photos/sideways.jpg')));
    const text = '## 标题\n![现场](photos/swap.jpg)\n\n正文。';
    const articles = buildArticles([{ file: '2023-03-08_05.txt', bytes: new TextEncoder().encode(text) }], taxonomy);
    const cacheDir = path.join(root, 'stamp-cache');
    const options = { pagesDir: pages, cacheDir, outDir: path.join(root, 'stamp-site') };
    expect(await publishPhotos(articles, options)).toMatchObject({ encoded: 1 });
    const stamps = JSON.parse(await readFile(path.join(cacheDir, 'stamps.json'), 'utf8'));
    expect(stamps['photos/swap.jpg'].key).toBe(photoKey(await readFile(path.join(pages, 'photos/swap.jpg'))));
    expect(await publishPhotos(articles, options)).toMatchObject({ encoded: 0 });

    // Another photo under the same name, its modification time set back as `cp -p` would.
    const { mtime } = await stat(path.join(pages, 'photos/swap.jpg'));
    await put('photos/swap.jpg', await readFile(path.join(pages, 'wide.png')));
    await utimes(path.join(pages, 'photos/swap.jpg'), mtime, mtime);
    const swapped = await publishPhotos(articles, options);
    expect(swapped).toMatchObject({ encoded: 1 });
    expect(swapped.byArticle.get(articles[0]?.id ?? '')?.[0]).toMatchObject({ width: 2000, height: 1000 });
  });

  it('names the 版面 file and the photo line when the file is missing', async () => {
    const taxonomy = parseTaxonomy(
      await readFile(path.join(process.cwd(), 'content/taxonomy.json'), 'utf8'),
      'taxonomy.json',
    );
    const text = '## 标题\n正文。\n\n![现场](photos/nope.jpg)';
    const articles = buildArticles([{ file: 'p.txt', bytes: new TextEncoder().encode(text) }], taxonomy);
    const options = { pagesDir: pages, cacheDir: path.join(root, 'publish-cache'), outDir: path.join(root, 'site') };
    await expect(publishPhotos(articles, options)).rejects.toThrow(
      /pages\/p\.txt:4: photo not found: photos\/nope\.jpg/,
    );
  });
});
