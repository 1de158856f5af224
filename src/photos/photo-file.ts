import { lstat, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../content/content-error.ts';
import type { ArticlePhoto } from '../content/schema.ts';
import { PHOTO_LIMITS } from './photo-settings.ts';

/**
 * A photo an article names, read and checked: it is a file of its own (not a link) inside the
 * pages folder, of a size the build can take. Whether it decodes is found when it is encoded
 * (encode-photo.ts); both report `FILE:LINE` of the photo line.
 */
export interface PhotoFile {
  /** Relative to the pages folder, as the article names it. */
  path: string;
  bytes: Uint8Array;
}

/** Where a problem with a photo is reported: the 版面 file (relative to the pages folder) and the line. */
export interface PhotoPlace {
  pageFile: string;
  photo: Pick<ArticlePhoto, 'path' | 'line'>;
}

export const photoError = ({ pageFile, photo }: PhotoPlace, problem: string): ContentError =>
  new ContentError(pageFile, photo.line, problem);

const isInside = (folder: string, file: string) => {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

async function statOf(file: string) {
  try {
    return await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * What says a file is unchanged without reading it: its size, times and inode. The change time
 * moves whenever the file does, even when a copy keeps its old modification time.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** A photo file that passed every check but the decoding, not yet read. */
export interface CheckedPhoto {
  path: string;
  absolute: string;
  stamp: FileStamp;
}

const realPaths = new Map<string, Promise<string>>();
/** The pages folder's own path, found once a build: it is asked for every photo. */
const realPagesDir = (pagesDir: string): Promise<string> => {
  const found = realPaths.get(pagesDir) ?? realpath(pagesDir);
  realPaths.set(pagesDir, found);
  return found;
};

/** Checks the photo a line names, in the pages folder `pagesDir`, without reading it. */
export async function checkPhotoFile(pagesDir: string, place: PhotoPlace): Promise<CheckedPhoto> {
  const { path: relative } = place.photo;
  const file = path.join(pagesDir, relative);
  const stat = await statOf(file);
  if (!stat) throw photoError(place, `photo not found: ${relative} (photos sit next to the 版面 files)`);
  if (stat.isSymbolicLink()) throw photoError(place, `the photo is a link: put the file itself at ${relative}`);
  if (!stat.isFile()) throw photoError(place, `the photo is not a file: ${relative}`);
  // A folder on the way may be a link out of the pages folder.
  if (!isInside(await realPagesDir(pagesDir), await realpath(file))) {
    throw photoError(place, `the photo's path leaves the content folder: ${relative}`);
  }
  if (stat.size === 0) throw photoError(place, `the photo file is empty: ${relative}`);
  if (stat.size > PHOTO_LIMITS.maxBytes) {
    const megabytes = (stat.size / 1e6).toFixed(0);
    throw photoError(place, `the photo is ${megabytes} MB, more than ${PHOTO_LIMITS.maxBytes / 1e6} MB: ${relative}`);
  }
  const { size, mtimeMs, ctimeMs, ino } = stat;
  return { path: relative, absolute: file, stamp: { size, mtimeMs, ctimeMs, ino } };
}

export const readCheckedPhoto = async ({ path: relative, absolute }: CheckedPhoto): Promise<PhotoFile> => ({
  path: relative,
  bytes: new Uint8Array(await readFile(absolute)),
});

/** Reads the photo a line names, from the pages folder `pagesDir`. */
export async function readPhotoFile(pagesDir: string, place: PhotoPlace): Promise<PhotoFile> {
  return readCheckedPhoto(await checkPhotoFile(pagesDir, place));
}
