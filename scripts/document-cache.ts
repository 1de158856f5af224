/**
 * The prerenderer's cache: the documents of the last build, each filed under a hash of what it
 * was rendered from. A document whose route, view, server code, template and site are unchanged
 * is linked (or copied) from the cache instead of rendered again, so publishing a day renders
 * only the documents the day touches. A cached file whose size or modification time is not what
 * the cache recorded (truncated, edited) is rendered again; a cache that does not read, or was
 * written for another content folder or another version of this cache, is set aside with a
 * message, and the build renders everything.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * Where the cache lives when BUILD_CACHE does not say: one folder per output folder (so that
 * builds into dist/ and dist-reader/ keep theirs apart), under node_modules/.cache, which git
 * ignores and a fresh install clears.
 */
export const defaultBuildCache = (outDir: string) =>
  join('node_modules/.cache/capital-union-news', hashOf(outDir).slice(0, 12));

/** Bumped when the cache's layout or what a document depends on changes. */
const FORMAT = 3;

const manifestSchema = z.strictObject({
  format: z.literal(FORMAT),
  /** What every document depends on besides its route and view. */
  build: z.string(),
  contentDir: z.string(),
  /**
   * Route path (or another output's key) → the hash of its inputs (the cached file's name), that
   * file's size and time, and what the build noted with it.
   */
  documents: z.record(
    z.string(),
    z.strictObject({ input: z.string(), size: z.number(), mtimeMs: z.number(), note: z.optional(z.string()) }),
  ),
});
type Manifest = z.infer<typeof manifestSchema>;

export const hashOf = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface DocumentCacheOptions {
  dir: string;
  /** The hash of what every document depends on: server bundle, template, site location. */
  build: string;
  contentDir: string;
  log?: (message: string) => void;
}

export interface DocumentCache {
  /** Copies the document cached for `path` to `file` when it was rendered from `input`; its size, or undefined. */
  reuse(path: string, input: string, file: string): number | undefined;
  /** What was noted with the file cached for `path` when it was made from `input` (a segment's name and shape). */
  noteOf(path: string, input: string): string | undefined;
  /** Keeps the document just rendered into `file` for the next build, with a note if it needs one. */
  store(path: string, input: string, file: string, note?: string): void;
  /** Writes what this build rendered or reused, and forgets the rest. */
  save(): void;
  /** How many documents came from the cache, and how many cached ones were found damaged. */
  readonly stats: { reused: number; damaged: number };
}

const statOrUndefined = (file: string): Stats | undefined => statSync(file, { throwIfNoEntry: false });

/**
 * A hard link: no bytes copied, and the build's file and the cached one stay the same file until
 * the next build empties its output folder (which unlinks, never overwrites). A copy where links
 * cannot go (another file system).
 */
function linkOrCopy(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    try {
      copyFileSync(from, to);
      return true;
    } catch {
      return false;
    }
  }
}

function readManifest(dir: string, expected: { build: string; contentDir: string }): Manifest | string | undefined {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return 'its manifest is damaged';
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) return 'it was written by another version of the build, or is damaged';
  if (manifest.data.contentDir !== expected.contentDir)
    return `it was built from another content folder (${manifest.data.contentDir})`;
  return manifest.data;
}

export function openDocumentCache({ dir, build, contentDir, log = console.warn }: DocumentCacheOptions): DocumentCache {
  const found = readManifest(dir, { build, contentDir });
  if (typeof found === 'string') {
    const aside = `${dir}.set-aside`;
    rmSync(aside, { recursive: true, force: true });
    // Another build of the same folder may have set it aside first.
    if (existsSync(dir)) renameSync(dir, aside);
    log(`build cache ${dir} set aside in ${aside}: ${found}. Rendering every document.`);
  } else if (!found) log(`no build cache in ${dir} yet: rendering every document.`);
  else if (found.build !== build) log('the app, its template or the site location changed: rendering every document.');
  const previous = typeof found === 'object' && found.build === build ? found.documents : {};
  const documents: Manifest['documents'] = {};
  const stats = { reused: 0, damaged: 0 };
  const stored = (input: string) => join(dir, 'documents', input.slice(0, 2), `${input}.html`);
  // A day's build links 100,000 documents into fewer folders: each is made once, not asked for again.
  const made = new Set<string>();
  const madeFolder = (folder: string) => {
    if (made.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  };

  return {
    stats,
    reuse(path, input, file) {
      const entry = previous[path];
      if (!entry || entry.input !== input) return undefined;
      const source = stored(entry.input);
      const found = statOrUndefined(source);
      if (!found || found.size !== entry.size || found.mtimeMs !== entry.mtimeMs) {
        stats.damaged += 1;
        return undefined;
      }
      madeFolder(dirname(file));
      if (!linkOrCopy(source, file)) {
        stats.damaged += 1;
        return undefined;
      }
      documents[path] = entry;
      stats.reused += 1;
      return entry.size;
    },
    noteOf(path, input) {
      const entry = previous[path];
      return entry?.input === input ? entry.note : undefined;
    },
    store(path, input, file, note) {
      const target = stored(input);
      mkdirSync(dirname(target), { recursive: true });
      rmSync(target, { force: true });
      // A document the cache cannot take is rendered again next time; this build has it already.
      if (!linkOrCopy(file, target)) return;
      const { size, mtimeMs } = statSync(target);
      documents[path] = note === undefined ? { input, size, mtimeMs } : { input, size, mtimeMs, note };
    },
    save() {
      mkdirSync(dir, { recursive: true });
      const manifest: Manifest = { format: FORMAT, build, contentDir, documents };
      // Written aside, then renamed: a build stopped halfway leaves the old manifest, never half a new one.
      const partial = join(dir, `manifest.json.${process.pid}`);
      writeFileSync(partial, JSON.stringify(manifest));
      renameSync(partial, join(dir, 'manifest.json'));
      const kept = new Set(Object.values(documents).map(({ input }) => input));
      for (const { input } of Object.values(previous)) if (!kept.has(input)) rmSync(stored(input), { force: true });
      if (stats.damaged > 0) log(`${stats.damaged} cached documents were damaged and were rendered again.`);
    },
  };
}
