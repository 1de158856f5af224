import type { ReactNode } from 'react';
import { excerptAttributes } from '../../archive/markup-text';
import type { ArticleSummary, Terms } from '../../archive/view-schema';
import { PhotoBadge } from '../../components/PhotoBadge';
import { PhotoThumbnail } from '../../components/PhotoThumbnail';
import { AppLink } from '../../lib/app-link';
import { articlePath } from '../../site/paths';
import { creditLine } from '../../text/credit-line';
import { ArticleChips } from './ArticleMeta';
import { rememberOpenedArticle } from './return-focus';

interface ArticleCardProps {
  article: ArticleSummary;
  terms: Terms;
  extras?: ReactNode;
}

export function ArticleCard({ article, terms, extras }: ArticleCardProps) {
  const credits = creditLine(article.credits);

  return (
    // An entry marked 已读 (data-read, see the library) has a quieter title.
    <article className="group/card py-6" aria-labelledby={`title-${article.id}`}>
      {article.kind === 'photo' && <PhotoBadge />}
      <div className="flex gap-4">
        <div className="min-w-0 flex-1">
          <h3 id={`title-${article.id}`} className="card-title">
            <AppLink
              to={articlePath(article.id, article.page.date)}
              state="from-list"
              onClick={() => rememberOpenedArticle(article.id)}
              className="hover:text-accent hover:underline"
            >
              {article.title}
            </AppLink>
          </h3>
          {article.subtitle && <p className="mt-1 text-muted">{article.subtitle}</p>}
          <p {...excerptAttributes} className="mt-3 leading-relaxed">
            {article.excerpt}
          </p>
        </div>
        {article.thumbnail && <PhotoThumbnail thumbnail={article.thumbnail} />}
      </div>
      {/* The extras sit beside the short byline, not the chips: chips near a line's end would wrap differently while they load. */}
      <div className="mt-3 flex items-center justify-between gap-3">
        <p className="text-sm text-muted">
          {credits && <span>{credits}</span>}
          {credits && <span aria-hidden="true"> · </span>}
          <span>约 {article.readingMinutes} 分钟读完</span>
        </p>
        {extras}
      </div>
      <div className="mt-3">
        <ArticleChips article={article} terms={terms} />
      </div>
    </article>
  );
}
