import { articleId } from './article-id.ts';
import { buildArticle } from './build-article.ts';
import { decodeUtf8 } from './decode.ts';
import { combineEdition, type EditionClaim, editionFromFileName, readFrontMatter } from './edition.ts';
import { parsePage } from './parse-page.ts';
import { normalizePunctuation } from './punctuation.ts';
import type { Article, EditionPageRef, Taxonomy } from './schema.ts';

export interface PageFile {
  /** File name inside the pages folder; becomes `source.file` and the page id. */
  file: string;
  bytes: Uint8Array;
  /** How error messages name the file (e.g. with its folder); the file name if absent. */
  path?: string;
}

export const pathOf = (page: PageFile): string => page.path ?? page.file;

export interface BuiltPage {
  path: string;
  claim: EditionClaim;
  articles: Article[];
}

/** Counts how often each key was seen so far: same-titled articles on a page get -2, -3 … */
function occurrenceCounter(): (key: string) => number {
  const seen = new Map<string, number>();
  return (key) => {
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return occurrence;
  };
}

function pageRef(id: string, banner: string | undefined, { edition }: EditionClaim): EditionPageRef {
  return {
    id,
    ...(banner === undefined ? {} : { banner }),
    ...(edition.date === undefined ? {} : { date: edition.date }),
    ...(edition.number === undefined ? {} : { number: edition.number }),
    ...(edition.name === undefined ? {} : { name: edition.name }),
  };
}

/** One page file: its edition (file name and front matter) and its articles in page order. */
export function buildPage(page: PageFile, pageId: string, taxonomy: Taxonomy): BuiltPage {
  const path = pathOf(page);
  const front = readFrontMatter(decodeUtf8(page.bytes, path), path);
  const claim = combineEdition(editionFromFileName(page.file, path), front, path);
  const source = parsePage(front.body, path);
  const banner = source.banner && normalizePunctuation(source.banner.text);
  const context = { file: page.file, path, page: pageRef(pageId, banner, claim), taxonomy };
  const occurrenceOf = occurrenceCounter();
  const articles = source.articles.map((article, order) => {
    const title = normalizePunctuation(article.title.text);
    return buildArticle(article, order, articleId(pageId, title, occurrenceOf(title)), context);
  });
  return { path, claim, articles };
}
