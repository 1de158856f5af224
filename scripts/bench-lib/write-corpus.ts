import { mkdirSync, writeFileSync } from 'node:fs';
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
