import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import type { CheckedPhoto, FileStamp } from './photo-file.ts';

/**
 * The cache key of each photo file a build read, by its path and stamp (photo-file.ts): a
 * rebuild finds an unchanged photo's encoded copies without reading and hashing the file again,
 * which for a year of photos (a gigabyte) was most of a warm build's photo step.
 */
export interface PhotoStamps {
  keyOf(photo: CheckedPhoto): string | undefined;
  remember(photo: CheckedPhoto, key: string): void;
  /** Keeps what this build remembered, and nothing else: a photo no page names drops out. */
  save(): Promise<void>;
}

const stampedSchema = z.object({
  size: z.number(),
  mtimeMs: z.number(),
  ctimeMs: z.number(),
  ino: z.number(),
  key: z.string().check(z.regex(/^[0-9a-f]{48}$/)),
});
const stampsSchema = z.record(z.string(), stampedSchema);

const FILE = 'stamps.json';

const sameStamp = (a: FileStamp, b: FileStamp) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/** The stamps kept in the photo cache `cacheDir`; a missing or damaged file is as if empty. */
export async function openPhotoStamps(cacheDir: string): Promise<PhotoStamps> {
  const file = path.join(cacheDir, FILE);
  let known: z.infer<typeof stampsSchema> = {};
  try {
    const parsed = stampsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) known = parsed.data;
  } catch {
    // No stamps yet, or unreadable ones: every photo is read and hashed once more.
  }
  const seen = new Map<string, z.infer<typeof stampedSchema>>();
  return {
    keyOf: ({ path: photoPath, stamp }) => {
      const entry = known[photoPath];
      return entry && sameStamp(entry, stamp) ? entry.key : undefined;
    },
    remember: ({ path: photoPath, stamp }, key) => {
      seen.set(photoPath, { ...stamp, key });
    },
    save: async () => {
      const draft = `${file}.${randomUUID()}.draft`;
      await writeFile(draft, JSON.stringify(Object.fromEntries(seen)));
      await rename(draft, file);
    },
  };
}
