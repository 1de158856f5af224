import type { Article } from '../content/schema.ts';
import type { SearchDocument } from './search-document.ts';

/**
 * The articles as search documents, oldest first (the newspaper's order reversed), so that
 * document ids grow with time and a new edition only adds documents.
 */
export function searchDocuments(articlesInNewspaperOrder: readonly Article[]): SearchDocument[] {
  return articlesInNewspaperOrder.toReversed().map((article) => ({
    id: article.id,
    title: article.title,
    ...(article.subtitle === undefined ? {} : { subtitle: article.subtitle }),
    ...(article.page.date === undefined ? {} : { date: article.page.date }),
    ...(article.page.number === undefined ? {} : { pageNumber: article.page.number }),
    ...(article.page.name === undefined ? {} : { pageName: article.page.name }),
    districts: article.districts,
    themes: article.themes,
    credits: article.credits.map((credit) => credit.name),
    paragraphs: article.paragraphs,
  }));
}
