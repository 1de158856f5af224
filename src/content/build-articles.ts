import { pageIdFromFile } from './article-id.ts';
import { type BuiltPage, buildPage, type PageFile, pathOf } from './build-page.ts';
import { ContentError } from './content-error.ts';
import { checkUniqueEditions, sortByEdition } from './edition-order.ts';
import { applyOverrides, type OverridesFile } from './overrides.ts';
import { type Article, articleSchema, type Taxonomy } from './schema.ts';

/** Each page's id; two files that map to one id (Page.txt and page.txt, a b.txt and a-b.txt) are an error. */
function withPageIds(pages: readonly PageFile[]): { page: PageFile; pageId: string }[] {
  const firstWithId = new Map<string, PageFile>();
  return pages.map((page) => {
    const pageId = pageIdFromFile(page.file);
    if (!/[a-z0-9]/u.test(pageId))
      throw new ContentError(pathOf(page), undefined, 'file name has no letters or digits to form a page id');
    const earlier = firstWithId.get(pageId);
    if (earlier) {
      throw new ContentError(
        pathOf(page),
        undefined,
        `gives the same page id "${pageId}" as ${pathOf(earlier)}: rename one of them`,
      );
    }
    firstWithId.set(pageId, page);
    return { page, pageId };
  });
}

/** What makes one page file's articles: buildPage, or the build's cache of what it made before. */
export type PageBuilder = (page: PageFile, pageId: string, taxonomy: Taxonomy) => BuiltPage;

/**
 * Every page's articles in the newspaper's order (newest date first, then 版次, then position on
 * the page; undated pages last, in file-name order), classified, overridden and validated.
 */
export function buildArticles(
  pages: readonly PageFile[],
  taxonomy: Taxonomy,
  overrides?: OverridesFile,
  build: PageBuilder = buildPage,
): Article[] {
  // Page ids are unique and titles are numbered within a page, so article ids are unique too.
  const built = withPageIds(pages).map(({ page, pageId }) => build(page, pageId, taxonomy));
  checkUniqueEditions(built);
  const articles = sortByEdition(built).flatMap((page) => page.articles);
  const final = overrides ? applyOverrides(articles, overrides, taxonomy) : articles;
  return final.map((article) => articleSchema.parse(article));
}
