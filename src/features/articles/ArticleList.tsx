import type { ArticleSummary, ContentIndex } from '../../content/site-schema';
import { LoadingRegion, SkeletonBlock } from '../../components/SkeletonBlock';
import { ArticleCard } from './ArticleCard';
import { useReturnFocusToOpenedArticle } from './return-focus';

interface ArticleListProps {
  articles: ArticleSummary[];
  terms: Pick<ContentIndex, 'districts' | 'themes'>;
}

export function ArticleList({ articles, terms }: ArticleListProps) {
  useReturnFocusToOpenedArticle();
  return (
    <ol className="divide-y divide-line" aria-label="报道列表">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} terms={terms} />
        </li>
      ))}
    </ol>
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
