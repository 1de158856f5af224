import type { Article } from '../content/schema.ts';
import { type PublishedPhoto, thumbnailOf } from '../photos/published-photo.ts';
import type { SearchDocument } from './search-document.ts';

/**
 * The articles as search documents, oldest first (the newspaper's order reversed), so that
 * document ids grow with time and a new edition only adds documents. An article with photos
 * shows its first one small, as in the lists.
 */
export function searchDocuments(
  articlesInNewspaperOrder: readonly Article[],
  photos: ReadonlyMap<string, readonly PublishedPhoto[]> = new Map(),
): SearchDocument[] {
  return articlesInNewspaperOrder.toReversed().map((article) => {
    const photo = photos.get(article.id)?.[0];
    return {
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
      ...(photo ? { thumbnail: thumbnailOf(photo) } : {}),
    };
  });
}
