import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArticles, type PageBuilder } from './build-articles.ts';
import type { PageFile } from './build-page.ts';
import { ContentError } from './content-error.ts';
import { parseOverrides } from './overrides.ts';
import { readContentBytes, readContentText } from './read-content-file.ts';
import type { Article, Taxonomy } from './schema.ts';
import { parseTaxonomy } from './taxonomy.ts';

const PROJECT_TAXONOMY = fileURLToPath(new URL('../../content/taxonomy.json', import.meta.url));

export interface Content {
  articles: Article[];
  taxonomy: Taxonomy;
}

/** Page files are `*.txt` in any case (`B.TXT` from an old system too). */
const PAGE_FILE = /\.txt$/iu;

function readPages(pagesDir: string): PageFile[] {
  const files = readdirSync(pagesDir)
    .filter((file) => PAGE_FILE.test(file))
    .sort();
  if (files.length === 0) throw new ContentError(pagesDir, undefined, 'no page files (*.txt) in this folder');
  return files.map((file) => {
    const path = join(pagesDir, file);
    return { file, path, bytes: readContentBytes(path) };
  });
}

/**
 * All articles of the `*.txt` pages in `pagesDir`, in file-name order. A taxonomy.json or
 * overrides.json beside the folder wins; otherwise the project's taxonomy is used. The build
 * passes `buildPage` to reuse the pages it parsed before (scripts/page-cache.ts).
 */
export function loadContent(pagesDir: string, { buildPage }: { buildPage?: PageBuilder } = {}): Content {
  const localTaxonomy = join(pagesDir, '..', 'taxonomy.json');
  const taxonomyPath = existsSync(localTaxonomy) ? localTaxonomy : PROJECT_TAXONOMY;
  const taxonomy = parseTaxonomy(readContentText(taxonomyPath), taxonomyPath);
  const overridesPath = join(pagesDir, '..', 'overrides.json');
  const overrides = existsSync(overridesPath)
    ? parseOverrides(readContentText(overridesPath), overridesPath)
    : undefined;
  return { articles: buildArticles(readPages(pagesDir), taxonomy, overrides, buildPage), taxonomy };
}
