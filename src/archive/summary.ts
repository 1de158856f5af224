import type { Article } from '../content/schema.ts';
import { excerptOf } from '../text/excerpt.ts';
import type { ArticleLink, ArticleSummary } from './view-schema.ts';

/** What a list shows of an article: no text but its first sentence. */
export function summarize(article: Article): ArticleSummary {
  const { paragraphs, source: _source, ...rest } = article;
  return { ...rest, excerpt: excerptOf(paragraphs[0] ?? article.title) };
}

export const articleLink = ({ id, page, title }: Pick<Article, 'id' | 'page' | 'title'>): ArticleLink =>
  page.date ? { id, date: page.date, title } : { id, title };
