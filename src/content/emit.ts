import { createHash } from 'node:crypto';
import { excerptOf } from './excerpt.ts';
import type { Article, Taxonomy } from './schema.ts';
import { contentIndexSchema, type ArticleSummary, type ContentIndex } from './site-schema.ts';

export interface SiteFile {
  /** Path relative to the site's base, e.g. `data/articles/x.1a2b3c4d5e.json`. */
  path: string;
  contents: string;
}

export interface EmittedContent {
  /** Path of the content index, the one file the app must know by name. */
  indexPath: string;
  files: SiteFile[];
}

/** Content-hashed names let a CDN cache every data file forever. */
function hashedPath(stem: string, contents: string): string {
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 10);
  return `data/${stem}.${hash}.json`;
}

function summarize(article: Article, dataFile: string): ArticleSummary {
  const { paragraphs, ...rest } = article;
  return { ...rest, excerpt: excerptOf(paragraphs[0] ?? article.title), dataFile };
}

/** Turns articles into the static JSON the app reads: one index, one file per article. */
export function emitContent(articles: Article[], taxonomy: Taxonomy): EmittedContent {
  const files: SiteFile[] = [];
  const summaries = articles.map((article) => {
    const contents = JSON.stringify(article);
    const path = hashedPath(`articles/${article.id}`, contents);
    files.push({ path, contents });
    return summarize(article, path);
  });
  const index: ContentIndex = {
    districts: taxonomy.districts.map(({ slug, name }) => ({ slug, name })),
    themes: taxonomy.themes.map(({ slug, name }) => ({ slug, name })),
    articles: summaries,
    articleBytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.contents), 0),
  };
  // The browser trusts these files, so they are checked here, once, against the shared schema.
  const indexContents = JSON.stringify(contentIndexSchema.parse(index));
  const indexPath = hashedPath('index', indexContents);
  files.push({ path: indexPath, contents: indexContents });
  return { indexPath, files };
}
