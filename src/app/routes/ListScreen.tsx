import type { ReactNode } from 'react';
import { filterLabel, listMeta } from '../../archive/head-meta';
import type { ListView } from '../../archive/view-schema';
import { ScreenHeading } from '../../components/ScreenHeading';
import { SkeletonBlock } from '../../components/SkeletonBlock';
import { ArticleList, ArticleListSkeleton } from '../../features/articles/ArticleList';
import { FacetPanelSkeleton } from '../../features/filters/FacetPanelSkeleton';
import { SaveEdition } from '../../features/offline/offline-saving.on-demand';
import { AppLink } from '../../lib/app-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { listPath } from '../../site/paths';
import { ListAside, ListPager, OlderInWiderLists } from '../list-parts.on-demand';
import { ContinueReadingSlot, EntryMarksSlot } from '../reader-tools.on-demand';

function ListLayout({
  heading,
  status,
  facets,
  children,
}: {
  heading: string;
  status: string;
  facets: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="grid gap-x-12 gap-y-4 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr]">
      <div className="min-w-0">
        <ScreenHeading className="text-2xl sm:text-3xl">{heading}</ScreenHeading>
        {/* The line is there while loading too, so the list below does not move when it arrives. */}
        <p className="mt-2 text-muted" role="status">
          {status}
        </p>
      </div>
      <aside className="min-w-0 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start">
        {facets}
      </aside>
      <div className="min-w-0 lg:col-start-1 lg:row-start-2">{children}</div>
    </div>
  );
}

/**
 * 共 120 篇报道 on a front page; on an archive page, which must not change, its number and its
 * articles (their days head the list below).
 */
const listStatus = (view: ListView) =>
  view.total === undefined ? `第 ${view.page} 页 · ${view.articles.length} 篇报道` : `共 ${view.total} 篇报道`;

/** Every list: `/`, a district, a theme, both, and their archive pages. */
export function ListScreen({ view }: { view: ListView }) {
  const meta = listMeta(view);
  useDocumentTitle(meta.title);
  const filtered = Boolean(view.filter.district || view.filter.theme);
  return (
    <ListLayout
      heading={filterLabel(view, view.filter) ?? '全部报道'}
      status={listStatus(view)}
      facets={<ListAside view={view} />}
    >
      {view.articles.length > 0 ? (
        <ArticleList
          articles={view.articles}
          terms={view}
          entryExtras={(article) => <EntryMarksSlot article={article} />}
        />
      ) : (
        <p className="py-6">
          没有同时符合这些条件的报道。
          <AppLink to="/" className="inline-flex min-h-11 items-center text-accent underline">
            查看全部报道
          </AppLink>
        </p>
      )}
      <ListPager page={view.page} links={view.pager} hrefFor={(page) => listPath(view.filter, page)} />
      <OlderInWiderLists view={view} />
      {view.page === undefined && !filtered && <ContinueReadingSlot />}
      {view.newestEdition && <SaveEdition date={view.newestEdition.date} size={view.newestEdition} label="最新一期" />}
    </ListLayout>
  );
}

export function ListScreenSkeleton() {
  return (
    <ListLayout heading="全部报道" status={'\u00a0'} facets={<FacetPanelSkeleton />}>
      <SkeletonBlock className="h-7 w-48" />
      <ArticleListSkeleton />
    </ListLayout>
  );
}
