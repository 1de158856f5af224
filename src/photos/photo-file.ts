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

/** Reads the photo a line names, from the pages folder `pagesDir`. */
export async function readPhotoFile(pagesDir: string, place: PhotoPlace): Promise<PhotoFile> {
  const { path: relative } = place.photo;
  const file = path.join(pagesDir, relative);
  const stat = await statOf(file);
  if (!stat) throw photoError(place, `photo not found: ${relative} (photos sit next to the 版面 files)`);
  if (stat.isSymbolicLink()) throw photoError(place, `the photo is a link: put the file itself at ${relative}`);
  if (!stat.isFile()) throw photoError(place, `the photo is not a file: ${relative}`);
  // A folder on the way may be a link out of the pages folder.
  if (!isInside(await realpath(pagesDir), await realpath(file))) {
    throw photoError(place, `the photo's path leaves the content folder: ${relative}`);
  }
  if (stat.size === 0) throw photoError(place, `the photo file is empty: ${relative}`);
  if (stat.size > PHOTO_LIMITS.maxBytes) {
    const megabytes = (stat.size / 1e6).toFixed(0);
    throw photoError(place, `the photo is ${megabytes} MB, more than ${PHOTO_LIMITS.maxBytes / 1e6} MB: ${relative}`);
  }
  return { path: relative, bytes: new Uint8Array(await readFile(file)) };
}
