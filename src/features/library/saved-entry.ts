import type { Article } from '../../content/schema';
import { editionLabel } from '../../text/edition-label';
import type { SavedArticle } from './library-schema';

/** What 收藏 keeps of an article, but for when: the same whether it is saved from its page or from a list. */
export const savedEntryOf = (
  article: Pick<Article, 'id' | 'title' | 'subtitle' | 'page'>,
): Omit<SavedArticle, 'savedAt'> => ({
  id: article.id,
  ...(article.page.date ? { date: article.page.date } : {}),
  title: article.title,
  subtitle: article.subtitle,
  edition: editionLabel(article.page),
});
