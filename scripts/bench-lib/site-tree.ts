import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a built site holds: every file's checksum by path, and its widest folder. */
export interface SiteTree {
  /** Path under the site → SHA-1 of the bytes: what an upload by checksum compares. */
  checksums: Map<string, string>;
  /** Path under the site → its size in bytes. */
  sizes: Map<string, number>;
  bytes: number;
  widestFolder: { path: string; entries: number };
}

export function readSiteTree(root: string): SiteTree {
  const checksums = new Map<string, string>();
  const sizes = new Map<string, number>();
  let bytes = 0;
  let widestFolder = { path: '/', entries: 0 };
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.length > widestFolder.entries)
      widestFolder = { path: `/${relative(root, dir)}`, entries: entries.length };
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const contents = readFileSync(path);
        bytes += contents.length;
        sizes.set(relative(root, path), contents.length);
        checksums.set(relative(root, path), createHash('sha1').update(contents).digest('hex'));
      }
    }
  };
  walk(root);
  return { checksums, sizes, bytes, widestFolder };
}

export interface TreeChange {
  changed: string[];
  added: string[];
  removed: string[];
}

/** The files a deploy of `after` over `before` uploads (changed, added) or deletes (removed). */
export function compareTrees(before: SiteTree, after: SiteTree): TreeChange {
  const change: TreeChange = { changed: [], added: [], removed: [] };
  for (const [path, checksum] of after.checksums) {
    const previous = before.checksums.get(path);
    if (previous === undefined) change.added.push(path);
    else if (previous !== checksum) change.changed.push(path);
  }
  for (const path of before.checksums.keys()) if (!after.checksums.has(path)) change.removed.push(path);
  return change;
}
