import { describe, expect, it } from 'vitest';
import { THUMBNAIL_SIZES } from '../../components/PhotoThumbnail';
import { photoBoxWidths } from '../../components/photo-sizes';
import { PHOTO_SIZES } from './ArticleFigure';

// Here rather than beside photo-sizes.ts: a component's test may not import a feature.

/**
 * The width a `sizes` attribute gives on a viewport, as a browser reads it, for the forms the site
 * writes: `(min-width: Nrem) length, …, length`, a length being `Nrem` or `calc(100vw - Nrem)`.
 * A rem is 16 px here, as in media queries.
 */
function sizesWidth(sizes: string, viewport: number): number {
  const rem = 16;
  const length = (text: string) => {
    const fixed = /^([\d.]+)rem$/.exec(text);
    if (fixed) return Number(fixed[1]) * rem;
    const lessThanScreen = /^calc\(100vw - ([\d.]+)rem\)$/.exec(text);
    if (lessThanScreen) return viewport - Number(lessThanScreen[1]) * rem;
    throw new Error(`a length this test cannot read: ${text}`);
  };
  for (const candidate of sizes.split(',').map((each) => each.trim())) {
    const [, minimum, size = candidate] = /^\(min-width: ([\d.]+)rem\) (.+)$/.exec(candidate) ?? [];
    if (minimum === undefined || viewport >= Number(minimum) * rem) return length(size);
  }
  throw new Error(`no size for ${viewport} px in ${sizes}`);
}

describe('photoBoxWidths (components/photo-sizes.ts)', () => {
  it('agrees with the sizes attributes on every viewport', () => {
    for (let viewport = 280; viewport <= 2000; viewport += 1) {
      const boxes = photoBoxWidths(viewport);
      expect(boxes.article, `${viewport} px`).toBe(sizesWidth(PHOTO_SIZES, viewport));
      expect(boxes.thumbnail, `${viewport} px`).toBe(sizesWidth(THUMBNAIL_SIZES, viewport));
    }
  });

  it('is the reading column on a phone and its measure on a wide screen', () => {
    expect(photoBoxWidths(390)).toEqual({ article: 358, thumbnail: 96 });
    expect(photoBoxWidths(703).article).toBe(671);
    expect(photoBoxWidths(704)).toEqual({ article: 640, thumbnail: 128 });
  });
});
