import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import * as z from 'zod/mini';
import { type EncodedPhoto, encodePhoto } from './encode-photo.ts';
import type { PhotoFile, PhotoPlace } from './photo-file.ts';
import { OUTPUT_FORMATS, PHOTO_ENCODING, PHOTO_FORMATS, PHOTO_LIMITS } from './photo-settings.ts';

/**
 * Encoding is slow (seconds a photo), so each photo's variants are kept in a cache folder, under
 * the hash of the source file and of the settings that made them. A rebuild encodes only new or
 * changed photos; a changed setting or sharp version encodes everything again.
 */

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** What else decides the variants' bytes besides the source file. */
const SETTINGS = sha256(
  JSON.stringify({ PHOTO_LIMITS, PHOTO_FORMATS, PHOTO_ENCODING, OUTPUT_FORMATS, versions: sharp.versions }),
);

/** The cache entry a photo file's bytes belong in. */
export const photoKey = (bytes: Uint8Array): string => sha256(bytes).slice(0, 32) + SETTINGS.slice(0, 16);

const storedVariantSchema = z.object({
  format: z.enum(OUTPUT_FORMATS),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  /** File name in the entry's folder. */
  file: z.string().check(z.regex(/^[a-z]+-\d+\.[a-z]+$/)),
  size: z.int().check(z.positive()),
  /** sha256 of the bytes, hex: the published file's name carries part of it. */
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

const storedPhotoSchema = z.object({
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  colour: z.string().check(z.regex(/^#[0-9a-f]{6}$/)),
  variants: z.array(storedVariantSchema).check(z.minLength(1)),
});

export type StoredVariant = z.infer<typeof storedVariantSchema>;
/** A photo's variants in the cache; `folder` holds their files. */
export type StoredPhoto = z.infer<typeof storedPhotoSchema> & { folder: string };

const MANIFEST = 'photo.json';

/** The cached entry, if it is whole: a manifest that reads, and every file at its size. */
async function readEntry(folder: string): Promise<StoredPhoto | undefined> {
  const text = await readFile(path.join(folder, MANIFEST), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const entry = storedPhotoSchema.safeParse(parsed);
  if (!entry.success) return undefined;
  const sizes = await Promise.all(
    entry.data.variants.map((variant) =>
      stat(path.join(folder, variant.file)).then(
        (file) => file.size,
        () => -1,
      ),
    ),
  );
  if (sizes.some((size, index) => size !== entry.data.variants[index]?.size)) return undefined;
  return { ...entry.data, folder };
}

/** Writes an entry into a folder of its own first, so that a stopped build never leaves half of one. */
async function writeEntry(folder: string, photo: EncodedPhoto): Promise<StoredPhoto> {
  const draft = `${folder}.${process.pid}.${randomUUID()}.draft`;
  await rm(draft, { recursive: true, force: true });
  await mkdir(draft, { recursive: true });
  const variants: StoredVariant[] = [];
  for (const { format, width, height, bytes } of photo.variants) {
    const file = `${format}-${width}.${format === 'jpeg' ? 'jpg' : format}`;
    await writeFile(path.join(draft, file), bytes);
    variants.push({ format, width, height, file, size: bytes.byteLength, hash: sha256(bytes) });
  }
  const stored = { width: photo.width, height: photo.height, colour: photo.colour, variants };
  await writeFile(path.join(draft, MANIFEST), JSON.stringify(stored));
  await rm(folder, { recursive: true, force: true });
  await rename(draft, folder);
  return { ...stored, folder };
}

/** The cached entry under `key`, if it is whole. */
export const cachedEntry = (cacheDir: string, key: string): Promise<StoredPhoto | undefined> =>
  readEntry(path.join(cacheDir, key));

/** The photo's variants, from `cacheDir` when they are there, else encoded and stored; `key` names the entry. */
export async function encodedPhoto(
  cacheDir: string,
  file: PhotoFile,
  place: PhotoPlace,
): Promise<{ photo: StoredPhoto; fromCache: boolean; key: string }> {
  const key = photoKey(file.bytes);
  const folder = path.join(cacheDir, key);
  const cached = await readEntry(folder);
  if (cached) return { photo: cached, fromCache: true, key };
  return { photo: await writeEntry(folder, await encodePhoto(file, place)), fromCache: false, key };
}
