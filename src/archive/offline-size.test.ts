import { describe, expect, it } from 'vitest';
import { variantWidths } from '../photos/encode-photo.ts';
import { OUTPUT_FORMATS, type PhotoFormat } from '../photos/photo-settings.ts';
import { type PublishedPhoto, thumbnailOf } from '../photos/published-photo.ts';
import { editionPhotoBytes, photoBytesSteps } from './edition-photo-bytes.ts';
import { chooseVariant, offlineBytes, photoBytesAt } from './offline-size.ts';
import type { EditionArticle, EditionView } from './view-schema.ts';

const EXTENSION: Record<PhotoFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };
const FACTOR: Record<PhotoFormat, number> = { avif: 1, webp: 2, jpeg: 4 };

/** A file's size in these tests: it grows with the width, and differs by format and by photo. */
const sizeOf = (width: number, format: PhotoFormat, seed: number) => (width * width * FACTOR[format]) / 100 + seed;

/** A photo `own` pixels wide with the variants the build publishes of it. */
function photo(id: string, own: number, seed = 1): PublishedPhoto {
  const variants = (format: PhotoFormat) =>
    variantWidths(own).map((width) => ({
      path: `photos/2023/03/08/${id}-${width}.0123456789.${EXTENSION[format]}`,
      width,
      bytes: sizeOf(width, format, seed),
    }));
  return {
    description: '现场',
    at: 0,
    width: own,
    height: Math.round(own * 0.75),
    colour: '#808080',
    avif: variants('avif'),
    webp: variants('webp'),
    jpeg: variants('jpeg'),
  };
}

const widthsOf = (variants: readonly { width: number }[]) => variants.map((variant) => variant.width);

describe('chooseVariant', () => {
  const large = photo('a', 3000).avif;

  it('takes the narrowest variant at least as wide as the box, in device pixels', () => {
    expect(widthsOf(large)).toEqual([320, 480, 640, 960, 1200, 1600]);
    expect(chooseVariant(large, 1)?.width).toBe(320);
    expect(chooseVariant(large, 320)?.width).toBe(320);
    expect(chooseVariant(large, 321)?.width).toBe(480);
    // A 412 px phone at 2.625: the column is 380 CSS px, 997.5 device px.
    expect(chooseVariant(large, 380 * 2.625)?.width).toBe(1200);
    expect(chooseVariant(large, 640 * 2)?.width).toBe(1600);
  });

  it('takes the widest when every variant is narrower than the box', () => {
    expect(chooseVariant(large, 640 * 3)?.width).toBe(1600);
    // A photo smaller than the column: its own width is its widest variant.
    const small = photo('b', 800).jpeg;
    expect(widthsOf(small)).toEqual([320, 480, 640, 800]);
    expect(chooseVariant(small, 700)?.width).toBe(800);
    expect(chooseVariant(small, 1280)?.width).toBe(800);
    expect(chooseVariant([], 640)).toBeUndefined();
  });
});

describe('photo sizes by width step', () => {
  const photos = [
    photo('a', 250, 1),
    photo('b', 800, 2),
    photo('c', 1000, 3),
    photo('d', 1600, 4),
    photo('e', 4000, 5),
  ];
  const steps = photoBytesSteps(photos);

  it('give for any box what the photos the browser takes for it weigh together', () => {
    const boxes = [1, 250, 251, 319, 320, 321, 799, 800, 801, 997.5, 1000, 1001, 1200, 1280, 1600, 1601, 4800];
    for (const box of boxes) {
      for (const format of OUTPUT_FORMATS) {
        const each = photos.reduce((sum, one) => sum + (chooseVariant(one[format], box)?.bytes ?? 0), 0);
        expect(photoBytesAt(steps, box, format), `${format} at ${box}`).toBe(each);
      }
    }
  });

  it('are what the variants weigh', () => {
    // At 640 device px: a's own 250, then b, c, d and e at 640.
    expect(photoBytesAt(steps, 600, 'webp')).toBe(
      sizeOf(250, 'webp', 1) +
        sizeOf(640, 'webp', 2) +
        sizeOf(640, 'webp', 3) +
        sizeOf(640, 'webp', 4) +
        sizeOf(640, 'webp', 5),
    );
    expect(photoBytesSteps([])).toBeUndefined();
    expect(photoBytesAt(undefined, 640, 'avif')).toBe(0);
  });
});

describe("an edition's offline size", () => {
  const withPhotos = { a: [photo('a', 1800, 1), photo('a2', 1600, 2)], c: [photo('c', 1600, 3)] };
  const entry = (id: string): EditionArticle => {
    const first = withPhotos[id as keyof typeof withPhotos]?.[0];
    return { id, title: id, kind: 'news', excerpt: '近日。', ...(first ? { thumbnail: thumbnailOf(first) } : {}) };
  };
  const edition: EditionView = {
    kind: 'edition',
    date: '2023-03-08',
    pages: [
      { number: 1, articles: [entry('a'), entry('b')] },
      { number: 4, articles: [entry('c')] },
    ],
  };
  const size = { bytes: 50_000, ...editionPhotoBytes(edition, new Map(Object.entries(withPhotos))) };

  it("adds every article's photo at the column's width and each thumbnail at its box's", () => {
    // A 1280 px screen at 2×: the column is 640 CSS px, a thumbnail 128.
    const needs = { format: 'avif' as const, article: 1280, thumbnail: 256 };
    const photos = sizeOf(1600, 'avif', 1) + sizeOf(1600, 'avif', 2) + sizeOf(1600, 'avif', 3);
    const thumbnails = sizeOf(320, 'avif', 1) + sizeOf(320, 'avif', 3);
    expect(offlineBytes(size, needs)).toBe(50_000 + photos + thumbnails);
    // A 390 px phone at 3× showing JPEG: the column is 358 CSS px (1074 device px), a thumbnail 96 (288).
    const phone = { format: 'jpeg' as const, article: 1074, thumbnail: 288 };
    const phonePhotos = sizeOf(1200, 'jpeg', 1) + sizeOf(1200, 'jpeg', 2) + sizeOf(1200, 'jpeg', 3);
    expect(offlineBytes(size, phone)).toBe(50_000 + phonePhotos + sizeOf(320, 'jpeg', 1) + sizeOf(320, 'jpeg', 3));
  });

  it('counts a thumbnail at most 480 px wide, however dense the screen', () => {
    const needs = { format: 'webp' as const, article: 1, thumbnail: 1000 };
    const photos = sizeOf(320, 'webp', 1) + sizeOf(320, 'webp', 2) + sizeOf(320, 'webp', 3);
    expect(offlineBytes(size, needs)).toBe(50_000 + photos + sizeOf(480, 'webp', 1) + sizeOf(480, 'webp', 3));
  });

  it('is its documents alone when it has no photos', () => {
    const plain = { ...edition, pages: [{ number: 2, articles: [entry('b')] }] };
    expect(editionPhotoBytes(plain, new Map(Object.entries(withPhotos)))).toEqual({});
    expect(offlineBytes({ bytes: 1234 }, { format: 'avif', article: 640, thumbnail: 128 })).toBe(1234);
  });
});
