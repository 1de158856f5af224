import type { Article, EditionPageRef } from '../../content/schema';
import { editionLabel } from '../../text/edition-label';
import type { SavedArticle } from './library-schema';

/** What an article on its page and an entry in a list both tell of it. */
export type SavableArticle = Pick<Article, 'id' | 'title' | 'subtitle'> & {
  page: Pick<EditionPageRef, 'date' | 'number' | 'name'>;
};

/** What 收藏 keeps of an article, but for when: the same whether it is saved from its page or from a list. */
export const savedEntryOf = (article: SavableArticle): Omit<SavedArticle, 'savedAt'> => ({
  id: article.id,
  ...(article.page.date ? { date: article.page.date } : {}),
  title: article.title,
  subtitle: article.subtitle,
  edition: editionLabel(article.page),
});
