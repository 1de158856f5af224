import type { Article } from '../content/schema.ts';
import { type PublishedPhoto, thumbnailOf } from '../photos/published-photo.ts';
import { excerptOf } from '../text/excerpt.ts';
import type { ArticleLink, ArticleSummary } from './view-schema.ts';

/** What a list shows of an article: no text but its first sentence, and its first photo small. */
export function summarize(article: Article, photo?: PublishedPhoto): ArticleSummary {
  const { id, page, title, subtitle, kind, credits, districts, themes, readingMinutes, paragraphs } = article;
  const { date, number, name } = page;
  return {
    id,
    page: { date, number, name },
    title,
    ...(subtitle === undefined ? {} : { subtitle }),
    kind,
    credits,
    districts,
    themes,
    readingMinutes,
    excerpt: excerptOf(paragraphs[0] ?? title),
    ...(photo ? { thumbnail: thumbnailOf(photo) } : {}),
  };
}

export const articleLink = ({ id, page, title }: Pick<Article, 'id' | 'page' | 'title'>): ArticleLink =>
  page.date ? { id, date: page.date, title } : { id, title };
