import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ArticleSummary, ContentIndex } from '../../content/site-schema';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NotFoundView } from '../../components/NotFoundView';
import { PageHeading } from '../../components/PageHeading';
import { ArticleList, ArticleListSkeleton } from '../../features/articles/ArticleList';
import { contentIndexQuery } from '../../features/articles/queries';
import { FacetPanel, FacetPanelSkeleton } from '../../features/filters/FacetPanel';
import { checkFilter, facetOptions, filterArticles } from '../../features/filters/facet-model';
import { useListFilter } from '../../features/filters/use-list-filter';
import { SaveForOffline } from '../../features/offline/SaveForOffline';
import { listMeta, notFoundMeta } from '../../lib/page-meta';
import { useDocumentTitle } from '../../lib/use-document-title';


/** The list at `/`, `/districts/:district` and `/themes/:theme`: facets and the articles they leave. */
export function ListScreen() {
  const filter = useListFilter();
  const index = useQuery(contentIndexQuery);
  const unknown = index.data && checkFilter(index.data, filter).unknown;
  const articles = index.data && !unknown ? filterArticles(index.data.articles, filter) : undefined;
  const meta = index.data && articles ? listMeta(index.data, filter, articles.length) : undefined;
  useDocumentTitle(unknown ? notFoundMeta.title : meta?.title);

  if (unknown) return <NotFoundView />;
  return (
    <div className="grid gap-x-12 gap-y-4 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr]">
      <div className="min-w-0">
        <PageHeading className="text-2xl sm:text-3xl">{meta?.title ?? '全部报道'}</PageHeading>
        {/* The line is there while loading too, so the list below does not move when it arrives. */}
        <p className="mt-2 text-muted" role="status">
          {articles ? `共 ${articles.length} 篇报道` : '\u00a0'}
        </p>
      </div>
      <aside className="min-w-0 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start">
        {index.data ? (
          <FacetPanel {...facetOptions(index.data, filter)} clearHref={filter.district || filter.theme ? '/' : undefined} />
        ) : (
          <FacetPanelSkeleton />
        )}
      </aside>
      <div className="min-w-0 lg:col-start-1 lg:row-start-2">
        {index.isPending && <ArticleListSkeleton />}
        {index.isError && <ErrorNotice onRetry={() => void index.refetch()} />}
        {index.data && articles && <Results articles={articles} index={index.data} />}
        {index.data && <SaveForOffline index={index.data} />}
      </div>
    </div>
  );
}

function Results({ articles, index }: { articles: ArticleSummary[]; index: ContentIndex }) {
  if (articles.length > 0) return <ArticleList articles={articles} terms={index} />;
  return (
    <p className="py-6">
      没有同时符合这些条件的报道。
      <Link to="/" className="inline-flex min-h-11 items-center text-accent underline">
        查看全部报道
      </Link>
    </p>
  );
}
