import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentText } from '../../src/content/read-content-file.ts';
import type { Taxonomy } from '../../src/content/schema.ts';
import { parseTaxonomy } from '../../src/content/taxonomy.ts';
import { generateCorpus } from '../../src/testing/corpus/generate-corpus.ts';
import { writePhotos } from '../../src/testing/corpus/render-photo.ts';

const TAXONOMY = fileURLToPath(new URL('../../content/taxonomy.json', import.meta.url));

/** The project's taxonomy: the districts and themes generated articles are filed under. */
export function readTaxonomy(): Taxonomy {
  return parseTaxonomy(readContentText(TAXONOMY), TAXONOMY);
}

export interface WrittenCorpus {
  /** Page files and their bytes. */
  files: number;
  bytes: number;
  /** Photo files and their bytes. */
  photos: number;
  photoBytes: number;
}

/**
 * Writes a generated archive of `articles` articles into `dir`, made if missing: its page files,
 * and the photos of a share `photos` (0 to 1) of the articles, one folder a month under
 * `photos/`. The same arguments give the same bytes.
 */
export async function writeCorpus({
  articles,
  seed,
  dir,
  photos,
}: {
  articles: number;
  seed: number;
  dir: string;
  photos: number;
}): Promise<WrittenCorpus> {
  const files = generateCorpus({ articles, seed, taxonomy: readTaxonomy(), photos });
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of files) writeFileSync(join(dir, file), text);
  const specs = files.flatMap((file) => file.photos ?? []);
  return {
    files: files.length,
    bytes: files.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0),
    photos: specs.length,
    photoBytes: await writePhotos(dir, specs),
  };
}

const dateIn = (name: string) => /\d{4}-\d{2}-\d{2}/u.exec(name)?.[0] ?? '';

/** A day held back: its page files and its photos, relative to the pages folder. */
export interface HeldDay {
  pages: string[];
  photos: string[];
}

/**
 * Moves the page files of the newest day (their names hold the date) and their photos (in
 * `photos/YYYY-MM/`, named after their 版面) from `pagesDir` into the same places under `heldDir`.
 */
export function holdBackNewestDay(pagesDir: string, heldDir: string): HeldDay {
  const names = readdirSync(pagesDir);
  const newest = names.map(dateIn).sort().at(-1) ?? '';
  const month = join('photos', newest.slice(0, 7));
  const photos = existsSync(join(pagesDir, month))
    ? readdirSync(join(pagesDir, month))
        .filter((name) => dateIn(name) === newest)
        .map((name) => join(month, name))
    : [];
  const held = { pages: names.filter((name) => dateIn(name) === newest), photos };
  moveFiles([...held.pages, ...held.photos], pagesDir, heldDir);
  return held;
}

/** Moves the files of a held day back into the pages folder. */
export function publishHeldDay(held: HeldDay, heldDir: string, pagesDir: string): void {
  moveFiles([...held.pages, ...held.photos], heldDir, pagesDir);
}

function moveFiles(files: readonly string[], from: string, to: string): void {
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    renameSync(join(from, file), join(to, file));
  }
}
