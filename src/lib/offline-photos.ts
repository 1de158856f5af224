import * as z from 'zod/mini';
import { chooseVariant, type PhotoNeeds } from '../archive/offline-size';
import { photoBoxWidths } from '../components/photo-sizes';
import { readEmbeddedView } from '../site/embedded-view';
import { siteUrl } from '../site/site-url';
import { DOCUMENTS_CACHE, PHOTOS_CACHE } from './offline-caches';
import { cacheAll, countCached } from './offline-documents';
import { pictureFormat } from './photo-format';

// Saving keeps each photo once, in the one variant this screen shows: the `<picture>` asks for that
// URL, and the service worker answers it from PHOTOS_CACHE. Loaded on demand, by the code that saves.

/** What this screen needs of photos: its browser's format, and its boxes' widths in device pixels. */
export async function photoNeeds(): Promise<PhotoNeeds> {
  const boxes = photoBoxWidths(window.innerWidth);
  const density = window.devicePixelRatio || 1;
  return { format: await pictureFormat(), article: boxes.article * density, thumbnail: boxes.thumbnail * density };
}

const variantsSchema = z.array(z.object({ path: z.string(), width: z.number() }));
const photoFilesSchema = z.object({ avif: variantsSchema, webp: variantsSchema, jpeg: variantsSchema });

/** What saving reads of an article's saved page: its photos' files (a page saved by an older build may have none). */
const articlePhotosSchema = z.object({ kind: z.literal('article'), photos: z.optional(z.array(photoFilesSchema)) });

export type PhotoFiles = z.infer<typeof photoFilesSchema>;

/** The URL of the variant of `photo` a box `width` device pixels wide shows, in `needs`' format. */
export function variantUrl(photo: PhotoFiles, width: number, needs: PhotoNeeds): string | undefined {
  const variant = chooseVariant(photo[needs.format], width);
  return variant && siteUrl(variant.path);
}

/** The photos the saved pages at `urls` show (an article's, each at the reading column's width), read from their views. */
export async function savedPagePhotos(urls: readonly string[], needs: PhotoNeeds): Promise<string[]> {
  const cache = await caches.open(DOCUMENTS_CACHE);
  const perPage = await Promise.all(
    urls.map(async (url) => {
      const html = await (await cache.match(url))?.text();
      const view = articlePhotosSchema.safeParse(html === undefined ? undefined : readEmbeddedView(html, url));
      return view.success ? (view.data.photos ?? []).map((photo) => variantUrl(photo, needs.article, needs)) : [];
    }),
  );
  return perPage.flat().filter((url) => url !== undefined);
}

/** Keeps these photos for offline reading; a photo two pages show is fetched once. */
export const savePhotos = (urls: readonly string[], onProgress?: (saved: number) => void): Promise<void> =>
  cacheAll(PHOTOS_CACHE, [...new Set(urls)], onProgress);

/** Whether every one of these photos is kept. */
export async function photosSaved(urls: readonly string[]): Promise<boolean> {
  const unique = [...new Set(urls)];
  return (await countCached(PHOTOS_CACHE, unique)) === unique.length;
}

/** Keeps the photos of the saved articles at `urls`, as this screen shows them (收藏). */
export async function saveArticlePhotos(urls: readonly string[]): Promise<void> {
  await savePhotos(await savedPagePhotos(urls, await photoNeeds()));
}
