import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { editionMeta } from '../../archive/screen-head-meta';
import type { EditionView } from '../../archive/view-schema';
import { BackLink } from '../../components/BackLink';
import { NeighbourLinks } from '../../components/NeighbourLinks';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useDocumentTitle } from '../../lib/use-document-title';
import { articlePath, editionPagePath, editionPath, editionsPath } from '../../site/paths';
import { formatEditionDate, formatShortDate } from '../../text/dates';
import { editionPageLabel } from '../../text/edition-label';

/** `/editions/:year/:month/:day/`: that day's 版面 in order, each with the titles printed on it; `children` follow them. */
export function EditionScreen({ view, children }: { view: EditionView; children?: ReactNode }) {
  useDocumentTitle(editionMeta(view).title);
  const articles = view.pages.reduce((sum, page) => sum + page.articles.length, 0);
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink to={editionsPath}>往期版面</BackLink>
      <ScreenHeading className="mt-2 text-2xl sm:text-3xl">{formatEditionDate(view.date)}</ScreenHeading>
      <p className="mt-2 text-muted">
        共 {view.pages.length} 个版面，{articles} 篇报道
      </p>
      <ol className="mt-6 space-y-4">
        {view.pages.map((page) => (
          <li key={page.number} className="rounded-lg border border-line bg-surface p-5">
            <h2 className="font-serif text-xl font-bold">
              <Link
                to={editionPagePath(view.date, page.number)}
                className="inline-flex min-h-11 items-center hover:text-accent hover:underline"
              >
                {editionPageLabel(page)}
              </Link>
            </h2>
            {page.banner && <p className="text-sm font-semibold text-accent">{page.banner}</p>}
            <ul className="mt-2 divide-y divide-line">
              {page.articles.map((article) => (
                <li key={article.id}>
                  <Link
                    to={articlePath(article.id, article.date)}
                    className="flex min-h-11 items-center py-2 hover:text-accent hover:underline"
                  >
                    {article.title}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {children}
      <NeighbourLinks
        name="前一期与后一期"
        previous={
          view.previous
            ? { label: '前一期', text: formatShortDate(view.previous), to: editionPath(view.previous) }
            : undefined
        }
        next={view.next ? { label: '后一期', text: formatShortDate(view.next), to: editionPath(view.next) } : undefined}
      />
    </div>
  );
}
