import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentText } from '../../src/content/read-content-file.ts';
import type { Taxonomy } from '../../src/content/schema.ts';
import { parseTaxonomy } from '../../src/content/taxonomy.ts';
import { generateCorpus } from '../../src/testing/corpus/generate-corpus.ts';

const TAXONOMY = fileURLToPath(new URL('../../content/taxonomy.json', import.meta.url));

/** The project's taxonomy: the districts and themes generated articles are filed under. */
export function readTaxonomy(): Taxonomy {
  return parseTaxonomy(readContentText(TAXONOMY), TAXONOMY);
}

/**
 * Writes the page files of a generated archive of `articles` articles into `dir`, made if missing.
 * The same arguments give the same bytes. Returns how many files and bytes it wrote.
 */
export function writeCorpus({ articles, seed, dir }: { articles: number; seed: number; dir: string }): {
  files: number;
  bytes: number;
} {
  const files = generateCorpus({ articles, seed, taxonomy: readTaxonomy() });
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of files) writeFileSync(join(dir, file), text);
  return { files: files.length, bytes: files.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0) };
}

const dateIn = (name: string) => /\d{4}-\d{2}-\d{2}/u.exec(name)?.[0] ?? '';

/** Moves the page files of the newest day (their names hold the date) from `pagesDir` into `heldDir`. */
export function holdBackNewestDay(pagesDir: string, heldDir: string): string[] {
  const names = readdirSync(pagesDir);
  const newest = names.map(dateIn).sort().at(-1) ?? '';
  const day = names.filter((name) => dateIn(name) === newest);
  mkdirSync(heldDir, { recursive: true });
  for (const name of day) renameSync(join(pagesDir, name), join(heldDir, name));
  return day;
}
