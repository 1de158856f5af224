import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { ArticleSummary, ContentIndex } from '../../content/site-schema';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NotFoundView } from '../../components/NotFoundView';
import { PageHeading } from '../../components/PageHeading';
import { notFoundMeta } from '../../lib/page-meta';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ArticleBody } from './ArticleBody';
import { ArticleChips, PhotoBadge } from './ArticleMeta';
import { ArticleNavigation, BackToList } from './ArticleNavigation';
import { ArticleSkeleton } from './ArticleSkeleton';
import { bylineText } from '../../content/credit-line';
import { contentIndexQuery } from './queries';

export function ArticlePage() {
  const { id } = useParams();
  const index = useQuery(contentIndexQuery);
  const position = index.data?.articles.findIndex((article) => article.id === id) ?? -1;
  const summary = index.data?.articles[position];
  useDocumentTitle(summary?.title ?? (index.isSuccess ? notFoundMeta.title : undefined));

  if (index.isPending) return <ArticleSkeleton />;
  if (index.isError) return <ErrorNotice onRetry={() => void index.refetch()} />;
  if (!summary) return <NotFoundView />;

  const { articles } = index.data;
  return (
    <article className="mx-auto max-w-measure" aria-labelledby="article-title">
      <BackToList />
      <ArticleHeader article={summary} terms={index.data} />
      <ArticleBody summary={summary} />
      <ArticleNavigation previous={articles[position - 1]} next={articles[position + 1]} />
    </article>
  );
}

function ArticleHeader({ article, terms }: { article: ArticleSummary; terms: ContentIndex }) {
  const byline = bylineText(article);
  return (
    <header className="mt-4 border-b border-line pb-6">
      {article.page.banner && <p className="text-sm font-semibold text-accent">{article.page.banner}</p>}
      {article.kind === 'photo' && (
        <p className="mt-3">
          <PhotoBadge />
        </p>
      )}
      <PageHeading className="mt-3 text-2xl leading-snug sm:text-3xl">
        <span id="article-title">{article.title}</span>
      </PageHeading>
      {article.subtitle && <p className="mt-2 text-lg text-muted">{article.subtitle}</p>}
      <p className="mt-4 text-sm text-muted">
        {byline && <span>{byline}</span>}
        {byline && <span aria-hidden="true"> · </span>}
        <span>{article.chars} 字 · 约 {article.readingMinutes} 分钟读完</span>
      </p>
      <div className="mt-4">
        <ArticleChips article={article} terms={terms} />
      </div>
    </header>
  );
}
