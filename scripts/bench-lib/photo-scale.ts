import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTrees, readSiteTree, type SiteTree, type TreeChange } from './site-tree.ts';
import type { StepResult } from './timed-step.ts';
import { holdBackNewestDay, publishHeldDay, writeCorpus } from './write-corpus.ts';

/**
 * The photos' part of a scale bench. The ten-year budgets count pages and data; photos are
 * reported apart (their bytes belong in object storage), with their own rules: no folder grows
 * without bound, and publishing a day only adds that day's photo files.
 */

/** Published photo files sit under photos/YYYY/MM/DD/ (src/photos/publish-photos.ts). */
export const isPhotoFile = (path: string): boolean => path.startsWith('photos/');

export interface PhotoFiles {
  files: number;
  bytes: number;
}

/** A site's photo files and everything else, apart. */
export function splitSite(tree: SiteTree): { pages: PhotoFiles; photos: PhotoFiles } {
  const pages = { files: 0, bytes: 0 };
  const photos = { files: 0, bytes: 0 };
  for (const [path, size] of tree.sizes) {
    const side = isPhotoFile(path) ? photos : pages;
    side.files += 1;
    side.bytes += size;
  }
  return { pages, photos };
}

/** A day's deploy, pages and photos apart; `strayPhotos` are photo changes other than the day's new files. */
export function splitDay(
  change: TreeChange,
  day: string,
): { pages: TreeChange; photos: TreeChange; strayPhotos: string[] } {
  const pick = (paths: string[], photo: boolean) => paths.filter((path) => isPhotoFile(path) === photo);
  const pages = {
    changed: pick(change.changed, false),
    added: pick(change.added, false),
    removed: pick(change.removed, false),
  };
  const photos = {
    changed: pick(change.changed, true),
    added: pick(change.added, true),
    removed: pick(change.removed, true),
  };
  const dayFolder = `photos/${day.replaceAll('-', '/')}/`;
  const strayPhotos = [
    ...photos.changed,
    ...photos.removed,
    ...photos.added.filter((path) => !path.startsWith(dayFolder)),
  ];
  return { pages, photos, strayPhotos };
}

/** The photo archive's figures: the builds, the day, and the photo files apart. */
export interface PhotoArchiveResult {
  articles: number;
  /** The first build, of all but the newest day, every photo encoded. */
  first: StepResult[];
  /** Publishing the newest day on top of it, with the same cache. */
  day: { steps: StepResult[]; date: string; photos: number; pages: TreeChange; added: number; stray: string[] };
  /** A clean build of all but the newest day again, with only the photo cache kept. */
  warm: StepResult[];
  site: { pages: PhotoFiles; photos: PhotoFiles; widestFolder: SiteTree['widestFolder'] };
}

const dateOf = (name: string) => /\d{4}-\d{2}-\d{2}/u.exec(name)?.[0] ?? '';

/**
 * Builds a generated archive of `articles` with photos as an editor publishes it: all but the
 * newest day from nothing, then the day; then all but the day again from a build cache holding
 * nothing but the encoded photos, to be set against the same build of the text alone.
 */
export async function buildPhotoArchive(
  corpus: { articles: number; seed: number; photos: number },
  build: (pagesDir: string, outDir: string, cacheDir: string) => StepResult[],
): Promise<PhotoArchiveResult> {
  const work = mkdtempSync(join(tmpdir(), 'bench-scale-photos-'));
  const pagesDir = join(work, 'pages');
  const heldDir = join(work, 'held');
  const cache = join(work, 'cache');
  try {
    const written = await writeCorpus({ ...corpus, dir: pagesDir });
    console.error(`[bench] ${corpus.articles} articles with ${written.photos} photos in ${work}`);
    let held = holdBackNewestDay(pagesDir, heldDir);
    const first = build(pagesDir, join(work, 'before'), cache);
    const before = readSiteTree(join(work, 'before'));
    rmSync(join(work, 'before'), { recursive: true, force: true });
    publishHeldDay(held, heldDir, pagesDir);
    console.error(`[bench] publishing one more day: ${held.pages.length} page files, ${held.photos.length} photos`);
    const dayOut = join(work, 'dist');
    const daySteps = build(pagesDir, dayOut, cache);
    const after = readSiteTree(dayOut);
    const date = dateOf(held.pages[0] ?? '');
    const split = splitDay(compareTrees(before, after), date);
    const { pages, photos } = splitSite(after);
    rmSync(dayOut, { recursive: true, force: true });
    held = holdBackNewestDay(pagesDir, heldDir);
    const warmCache = join(work, 'warm-cache');
    mkdirSync(warmCache);
    renameSync(join(cache, 'photos'), join(warmCache, 'photos'));
    console.error('[bench] all but the newest day again, with only the photo cache kept');
    const warm = build(pagesDir, join(work, 'warm'), warmCache);
    return {
      articles: corpus.articles,
      first,
      day: {
        steps: daySteps,
        date,
        photos: held.photos.length,
        pages: split.pages,
        added: split.photos.added.length,
        stray: split.strayPhotos,
      },
      warm,
      site: { pages, photos, widestFolder: after.widestFolder },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
