import type { ReactNode } from 'react';
import type { ArticleSummary, Terms } from '../../archive/view-schema';
import { LoadingRegion, SkeletonBlock } from '../../components/SkeletonBlock';
import { formatEditionDate, UNDATED } from '../../text/dates';
import { ArticleCard } from './ArticleCard';
import { useReturnFocusToOpenedArticle } from './return-focus';

interface ArticleListProps {
  articles: ArticleSummary[];
  terms: Terms;
  /** What the app adds to each entry (the reader's marks), beside its chips. */
  entryExtras?: (article: ArticleSummary) => ReactNode;
}

/** Consecutive articles of one day, as the list runs newest first. */
function byDate(articles: readonly ArticleSummary[]): { date: string | undefined; articles: ArticleSummary[] }[] {
  const groups: { date: string | undefined; articles: ArticleSummary[] }[] = [];
  for (const article of articles) {
    const group = groups.at(-1);
    if (group && group.date === article.page.date) group.articles.push(article);
    else groups.push({ date: article.page.date, articles: [article] });
  }
  return groups;
}

/** The articles under the date of their edition (2023年3月8日 星期三, or 日期未注明). */
export function ArticleList({ articles, terms, entryExtras }: ArticleListProps) {
  useReturnFocusToOpenedArticle();
  return (
    <section aria-label="报道列表">
      {byDate(articles).map((group, index) => (
        <div key={group.date ?? 'undated'} className={index > 0 ? 'mt-6' : ''}>
          <h2 id={`date-${index}`} className="border-b-2 border-accent pb-1 font-serif text-base font-bold text-accent">
            {group.date ? formatEditionDate(group.date) : UNDATED}
          </h2>
          <ol className="divide-y divide-line" aria-labelledby={`date-${index}`}>
            {group.articles.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} terms={terms} extras={entryExtras?.(article)} />
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

/** Placeholder cards the size of real ones, so nothing jumps when the list arrives. */
export function ArticleListSkeleton() {
  return (
    <LoadingRegion className="divide-y divide-line">
      {[0, 1, 2, 3].map((key) => (
        <div key={key} className="space-y-3 py-6">
          <SkeletonBlock className="h-7 w-4/5" />
          <SkeletonBlock className="h-5 w-3/5" />
          <SkeletonBlock className="h-16 w-full" />
          <SkeletonBlock className="h-11 w-2/5" />
        </div>
      ))}
    </LoadingRegion>
  );
}
