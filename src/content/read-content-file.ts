import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { ContentError } from './content-error.ts';
import { decodeUtf8 } from './decode.ts';

/** Why a path in the content folder cannot be read as a file, in an editor's words. */
function unreadableReason(path: string): string {
  const target = statSync(path, { throwIfNoEntry: false });
  if (!target) {
    const link = lstatSync(path, { throwIfNoEntry: false });
    return link?.isSymbolicLink() ? `is a link to "${readlinkSync(path)}", which does not exist` : 'does not exist';
  }
  if (target.isDirectory()) return 'is a folder, not a file: rename it or move it out of the pages folder';
  return target.isFile() ? 'cannot be read' : 'is not a regular file';
}

/** The bytes of an editor's file; anything that is not a readable file is a ContentError naming it. */
export function readContentBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContentError(path, undefined, `${unreadableReason(path)}${code ? ` (${code})` : ''}`);
  }
}

/** An editor's text file (JSON or a page) as strict UTF-8; a BOM is dropped. */
export function readContentText(path: string): string {
  return decodeUtf8(readContentBytes(path), path);
}
