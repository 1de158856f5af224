import { OUTPUT_FORMATS, PHOTO_ENCODING, type PhotoFormat } from '../photos/photo-settings.ts';
import { type PublishedPhoto, thumbnailVariants } from '../photos/published-photo.ts';
import { chooseVariant } from './offline-size.ts';
import type { EditionView, OfflineSize, PhotoBytes } from './view-schema.ts';

type SizedVariants = Pick<PublishedPhoto, PhotoFormat>;

/**
 * What `photos` weigh at each published width, in each format: for a box up to that wide, each
 * photo's variant the browser takes (offline-size.ts reads it back). Undefined when there are none.
 */
export function photoBytesSteps(photos: readonly SizedVariants[]): PhotoBytes[] | undefined {
  if (photos.length === 0) return undefined;
  const total = (width: number, format: PhotoFormat) =>
    photos.reduce((sum, photo) => sum + (chooseVariant(photo[format], width)?.bytes ?? 0), 0);
  return PHOTO_ENCODING.widths.map((width) => {
    const [avif, webp, jpeg] = OUTPUT_FORMATS.map((format) => total(width, format));
    return { width, avif: avif ?? 0, webp: webp ?? 0, jpeg: jpeg ?? 0 };
  });
}

/**
 * The photo part of an edition's offline size: every photo of its articles (an article's page
 * shows them all), and the thumbnails the edition's page shows.
 */
export function editionPhotoBytes(
  view: EditionView,
  photos: ReadonlyMap<string, PublishedPhoto[]>,
): Omit<OfflineSize, 'bytes'> {
  const articles = view.pages.flatMap((page) => page.articles);
  const shown = photoBytesSteps(articles.flatMap((article) => photos.get(article.id) ?? []));
  const thumbnails = photoBytesSteps(
    articles.flatMap((article) => {
      const first = photos.get(article.id)?.[0];
      if (!article.thumbnail || !first) return [];
      return [
        {
          avif: thumbnailVariants(first.avif),
          webp: thumbnailVariants(first.webp),
          jpeg: thumbnailVariants(first.jpeg),
        },
      ];
    }),
  );
  return { ...(shown ? { photos: shown } : {}), ...(thumbnails ? { thumbnails } : {}) };
}
