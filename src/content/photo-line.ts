import path from 'node:path/posix';
import { ContentError } from './content-error.ts';

/** A photo an article shows: `![说明文字](file.jpg)` on a line of its own. */
export interface SourcePhoto {
  /** The text in brackets: the photo's alt text and its default caption. */
  description: string;
  /** The photo file, relative to the pages folder (where the 版面 files are), normalized (`photos/a.jpg`). */
  path: string;
  line: number;
}

/** `http:`, `data:`, `file:` …: a photo is a file next to the 版面, never an address. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/iu;

/**
 * The photo a trimmed line names, or undefined when the line is not a photo line. A line that
 * starts like one (`![`) but is not one is an error, so that no text is taken for a photo or lost.
 */
export function readPhotoLine(text: string, pageFile: string, line: number): SourcePhoto | undefined {
  // pageFile only names the 版面 in errors: the 版面 files sit in one folder, and photo paths start there.
  if (!text.startsWith('![')) return undefined;
  const fail = (problem: string): never => {
    throw new ContentError(pageFile, line, problem);
  };
  // Split by hand, not by a regular expression: a long line starting with "![" must not backtrack.
  const split = text.lastIndexOf('](');
  if (split < 1 || !text.endsWith(')')) return fail('a photo is a line of its own: ![说明文字](file.jpg)');
  const description = text.slice(2, split).trim();
  const target = text
    .slice(split + 2, -1)
    .trim()
    .replaceAll('\\', '/');
  if (description === '') fail('the photo has no description: write what it shows between [ and ]');
  if (target === '') fail('the photo names no file: write its file name between ( and )');
  if (SCHEME.test(target)) fail(`the photo must be a file next to the 版面, not an address: ${target}`);
  if (target.startsWith('/')) fail(`the photo's path starts at the pages folder, not at /: ${target}`);
  const resolved = path.normalize(target);
  if (resolved === '..' || resolved.startsWith('../')) fail(`the photo's path leaves the content folder: ${target}`);
  return { description, path: resolved, line };
}
