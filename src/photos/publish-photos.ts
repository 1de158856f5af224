import { randomUUID } from 'node:crypto';
import { copyFile, link, mkdir, rename, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Article, ArticlePhoto } from '../content/schema.ts';
import { inParallel } from './in-parallel.ts';
import { cachedEntry, encodedPhoto, type StoredPhoto, type StoredVariant } from './photo-cache.ts';
import { type CheckedPhoto, checkPhotoFile, readCheckedPhoto } from './photo-file.ts';
import type { PhotoFormat } from './photo-settings.ts';
import { openPhotoStamps, type PhotoStamps } from './photo-stamps.ts';
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
 * written. `folders` holds each folder's making, shared by the photos placed at once.
 */
async function place(from: string, to: string, size: number, folders: Map<string, Promise<unknown>>): Promise<void> {
  if ((await stat(to).catch(() => undefined))?.size === size) return;
  const folder = path.dirname(to);
  if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
  await folders.get(folder);
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

/** Finding a photo in the cache or placing its files only waits on the disk: many go at once. */
const FILE_WORK_AT_ONCE = 32;

interface PhotoJob {
  article: Article;
  index: number;
  photo: ArticlePhoto;
}

type Found = { photo: StoredPhoto; fromCache: boolean };

const placeOf = ({ article, photo }: PhotoJob, options: PhotoPublishing) => ({
  pageFile: path.join(options.pagesDir, article.source.file),
  photo,
});

/**
 * The photo file, checked, and its variants from the cache when the file is known by its stamp
 * and its entry is whole.
 */
async function lookUp(
  job: PhotoJob,
  options: PhotoPublishing,
  stamps: PhotoStamps,
): Promise<{ checked: CheckedPhoto; found?: Found }> {
  const checked = await checkPhotoFile(options.pagesDir, placeOf(job, options));
  const known = stamps.keyOf(checked);
  const cached = known === undefined ? undefined : await cachedEntry(options.cacheDir, known);
  if (known === undefined || !cached) return { checked };
  stamps.remember(checked, known);
  return { checked, found: { photo: cached, fromCache: true } };
}

/** The photo's variants, encoded now (or found in the cache by its bytes, under another stamp). */
async function encoded(
  job: PhotoJob,
  checked: CheckedPhoto,
  options: PhotoPublishing,
  stamps: PhotoStamps,
): Promise<Found> {
  const result = await encodedPhoto(options.cacheDir, await readCheckedPhoto(checked), placeOf(job, options));
  stamps.remember(checked, result.key);
  return result;
}

/**
 * Every job's variants: those the cache holds are found many at once; the rest are encoded as
 * many at once as there are cores.
 */
async function storedPhotos(
  jobs: readonly PhotoJob[],
  options: PhotoPublishing,
  stamps: PhotoStamps,
): Promise<Found[]> {
  const looked = await inParallel(jobs, FILE_WORK_AT_ONCE, (job) => lookUp(job, options, stamps));
  const missing = jobs.flatMap((job, position) => {
    const { checked, found } = looked[position] as Awaited<ReturnType<typeof lookUp>>;
    return found ? [] : [{ job, checked }];
  });
  const made = await inParallel(missing, photosAtOnce(), ({ job, checked }) => encoded(job, checked, options, stamps));
  let next = 0;
  return looked.map(({ found }) => found ?? (made[next++] as Found));
}

/** Links a photo's variants into the site, under its article's date, and says where they are. */
async function publish(
  { article, index, photo }: PhotoJob,
  stored: StoredPhoto,
  options: PhotoPublishing,
  folders: Map<string, Promise<unknown>>,
): Promise<PublishedPhoto> {
  const links: Record<PhotoFormat, SizedPhotoVariant[]> = { avif: [], webp: [], jpeg: [] };
  await Promise.all(
    stored.variants.map((variant) => {
      const sitePath = variantPath(article, index, variant);
      links[variant.format].push({ path: sitePath, width: variant.width, bytes: variant.size });
      return place(path.join(stored.folder, variant.file), path.join(options.outDir, sitePath), variant.size, folders);
    }),
  );
  const { description, at } = photo;
  return { description, at, width: stored.width, height: stored.height, colour: stored.colour, ...links };
}

/** Reads, encodes (or finds in the cache) and writes into the site every article's photos. */
export async function publishPhotos(articles: readonly Article[], options: PhotoPublishing): Promise<PublishedPhotos> {
  const jobs: PhotoJob[] = articles.flatMap((article) =>
    (article.photos ?? []).map((photo, index) => ({ article, index, photo })),
  );
  const stamps = await openPhotoStamps(options.cacheDir);
  const stored = await storedPhotos(jobs, options, stamps);
  await mkdir(options.cacheDir, { recursive: true });
  await stamps.save();
  const folders = new Map<string, Promise<unknown>>();
  const withStored = jobs.map((job, position) => ({ job, stored: (stored[position] as Found).photo }));
  const published = await inParallel(withStored, FILE_WORK_AT_ONCE, ({ job, stored }) =>
    publish(job, stored, options, folders),
  );
  const result: PublishedPhotos = { byArticle: new Map(), photos: 0, encoded: 0, files: 0, bytes: 0 };
  for (const [position, { article }] of jobs.entries()) {
    const photo = published[position] as PublishedPhoto;
    const variants = [...photo.avif, ...photo.webp, ...photo.jpeg];
    result.byArticle.set(article.id, [...(result.byArticle.get(article.id) ?? []), photo]);
    result.photos += 1;
    result.files += variants.length;
    result.bytes += variants.reduce((sum, variant) => sum + variant.bytes, 0);
    if (!(stored[position] as Found).fromCache) result.encoded += 1;
  }
  return result;
}
