import { randomUUID } from 'node:crypto';
import { copyFile, link, mkdir, rename, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Article, ArticlePhoto } from '../content/schema.ts';
import { inParallel } from './in-parallel.ts';
import { cachedEntry, encodedPhoto, type StoredPhoto, type StoredVariant } from './photo-cache.ts';
import { checkPhotoFile, readCheckedPhoto } from './photo-file.ts';
import type { PhotoFormat } from './photo-settings.ts';
import { openPhotoStamps } from './photo-stamps.ts';
import type { PublishedPhoto, SizedPhotoVariant } from './published-photo.ts';

export interface PhotoPublishing {
  /** The pages folder: photo paths start there. */
  pagesDir: string;
  /** The encoding cache's folder (photo-cache.ts). */
  cacheDir: string;
  /** The site being built. */
  outDir: string;
}

export interface PublishedPhotos {
  /** Each article's photos, by article id; an article without photos has no entry. */
  byArticle: Map<string, PublishedPhoto[]>;
  photos: number;
  /** Photos encoded by this build; the others came from the cache. */
  encoded: number;
  files: number;
  bytes: number;
}

const EXTENSIONS: Record<PhotoFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/**
 * Under its edition's date, like the article (`photos/2023/03/08/`), so no folder grows without
 * bound; the content hash in the name lets hosts cache the file for good.
 */
function variantPath(article: Article, index: number, variant: StoredVariant): string {
  const date = article.page.date?.replaceAll('-', '/') ?? 'undated';
  const hash = variant.hash.slice(0, 10);
  return `photos/${date}/${article.id}-${index + 1}-${variant.width}.${hash}.${EXTENSIONS[variant.format]}`;
}

/**
 * A hard link to the cached file where the file system allows one: a big archive's photos are not
 * copied, and a link appears whole. A file already there under the same content-hashed name is
 * the same file; a copy is written aside and renamed into place, so a reader never finds it half
 * written. `folders` are those made already.
 */
async function place(from: string, to: string, size: number, folders: Set<string>): Promise<void> {
  if ((await stat(to).catch(() => undefined))?.size === size) return;
  const folder = path.dirname(to);
  if (!folders.has(folder)) {
    await mkdir(folder, { recursive: true });
    folders.add(folder);
  }
  if (
    await link(from, to).then(
      () => true,
      () => false,
    )
  )
    return;
  const draft = `${to}.${randomUUID()}.draft`;
  await copyFile(from, draft);
  await rename(draft, to);
}

/**
 * As many photos at once as there are cores (libuv runs at most UV_THREADPOOL_SIZE, 4 by
 * default): each is encoded on one thread, since sharp on glibc runs libvips single-threaded.
 * Memory is bounded by the number at once, each holding its file and 1,600 px of pixels.
 */
function photosAtOnce(): number {
  const threadPool = Number(process.env.UV_THREADPOOL_SIZE) || 4;
  return Math.max(1, Math.min(availableParallelism(), threadPool));
}

interface PhotoJob {
  article: Article;
  index: number;
  photo: ArticlePhoto;
}

/** Reads, encodes (or finds in the cache) and writes into the site every article's photos. */
export async function publishPhotos(articles: readonly Article[], options: PhotoPublishing): Promise<PublishedPhotos> {
  const jobs: PhotoJob[] = articles.flatMap((article) =>
    (article.photos ?? []).map((photo, index) => ({ article, index, photo })),
  );
  const stamps = await openPhotoStamps(options.cacheDir);
  const stored = await inParallel(jobs, photosAtOnce(), async ({ article, photo }) => {
    const where = { pageFile: path.join(options.pagesDir, article.source.file), photo };
    const checked = await checkPhotoFile(options.pagesDir, where);
    const known = stamps.keyOf(checked);
    const cached = known === undefined ? undefined : await cachedEntry(options.cacheDir, known);
    if (known !== undefined && cached) {
      stamps.remember(checked, known);
      return { photo: cached, fromCache: true };
    }
    const encoded = await encodedPhoto(options.cacheDir, await readCheckedPhoto(checked), where);
    stamps.remember(checked, encoded.key);
    return encoded;
  });
  await mkdir(options.cacheDir, { recursive: true });
  await stamps.save();
  const folders = new Set<string>();
  const result: PublishedPhotos = { byArticle: new Map(), photos: 0, encoded: 0, files: 0, bytes: 0 };
  for (const [position, { article, index, photo }] of jobs.entries()) {
    const { photo: cached, fromCache } = stored[position] as { photo: StoredPhoto; fromCache: boolean };
    const links: Record<PhotoFormat, SizedPhotoVariant[]> = { avif: [], webp: [], jpeg: [] };
    for (const variant of cached.variants) {
      const sitePath = variantPath(article, index, variant);
      await place(path.join(cached.folder, variant.file), path.join(options.outDir, sitePath), variant.size, folders);
      links[variant.format].push({ path: sitePath, width: variant.width, bytes: variant.size });
      result.files += 1;
      result.bytes += variant.size;
    }
    const { description, at } = photo;
    const published = { description, at, width: cached.width, height: cached.height, colour: cached.colour, ...links };
    result.byArticle.set(article.id, [...(result.byArticle.get(article.id) ?? []), published]);
    result.photos += 1;
    if (!fromCache) result.encoded += 1;
  }
  return result;
}
