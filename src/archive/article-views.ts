import type { Article } from '../content/schema.ts';
import type { Term } from '../content/term-schema.ts';
import type { PublishedPhoto } from '../photos/published-photo.ts';
import { articlePath } from '../site/paths.ts';
import { articleLink } from './summary.ts';
import type { ArticleView, Terms } from './view-schema.ts';

const pick = (terms: readonly Term[], slugs: readonly string[]) => terms.filter((term) => slugs.includes(term.slug));

/** Each article with its published photos, the names of its terms and its neighbours in the newspaper's order. */
export function articleViews(
  articles: readonly Article[],
  terms: Terms,
  photos: ReadonlyMap<string, PublishedPhoto[]>,
): Map<string, ArticleView> {
  const views = new Map<string, ArticleView>();
  articles.forEach(({ photos: _sources, ...article }, index) => {
    const previous = articles[index - 1];
    const next = articles[index + 1];
    const published = photos.get(article.id);
    views.set(articlePath(article.id, article.page.date), {
      kind: 'article',
      article,
      ...(published ? { photos: published } : {}),
      terms: { districts: pick(terms.districts, article.districts), themes: pick(terms.themes, article.themes) },
      ...(previous ? { previous: articleLink(previous) } : {}),
      ...(next ? { next: articleLink(next) } : {}),
    });
  });
  return views;
}
