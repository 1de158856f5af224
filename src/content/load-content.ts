import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArticles, type PageFile } from './build-articles.ts';
import { ContentError } from './content-error.ts';
import { parseOverrides } from './overrides.ts';
import type { Article, Taxonomy } from './schema.ts';
import { parseTaxonomy } from './taxonomy.ts';

const PROJECT_TAXONOMY = fileURLToPath(new URL('../../content/taxonomy.json', import.meta.url));

export interface Content {
  articles: Article[];
  taxonomy: Taxonomy;
}

function readPages(pagesDir: string): PageFile[] {
  const files = readdirSync(pagesDir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new ContentError(pagesDir, 1, 'no page files (*.txt) in this folder');
  return files.map((file) => {
    const path = join(pagesDir, file);
    return { file, path, bytes: readFileSync(path) };
  });
}

/**
 * All articles of the `*.txt` pages in `pagesDir`, in file-name order. A taxonomy.json or
 * overrides.json beside the folder wins; otherwise the project's taxonomy is used.
 */
export function loadContent(pagesDir: string): Content {
  const localTaxonomy = join(pagesDir, '..', 'taxonomy.json');
  const taxonomyPath = existsSync(localTaxonomy) ? localTaxonomy : PROJECT_TAXONOMY;
  const taxonomy = parseTaxonomy(readFileSync(taxonomyPath, 'utf8'), taxonomyPath);
  const overridesPath = join(pagesDir, '..', 'overrides.json');
  const overrides = existsSync(overridesPath) ? parseOverrides(readFileSync(overridesPath, 'utf8'), overridesPath) : undefined;
  return { articles: buildArticles(readPages(pagesDir), taxonomy, overrides), taxonomy };
}
