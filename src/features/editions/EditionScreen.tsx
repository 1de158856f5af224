import type { ReactNode } from 'react';
import { editionMeta } from '../../archive/screen-head-meta';
import type { EditionView } from '../../archive/view-schema';
import { BackLink } from '../../components/BackLink';
import { NeighbourLinks } from '../../components/NeighbourLinks';
import { ScreenHeading } from '../../components/ScreenHeading';
import { AppLink } from '../../lib/app-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useScrollToAnchor } from '../../lib/use-scroll-to-anchor';
import { editionPageAnchor, editionPageHref, editionPath, editionsPath } from '../../site/paths';
import { formatEditionDate, formatShortDate } from '../../text/dates';
import { editionPageLabel } from '../../text/edition-label';
import { EditionPageSection } from './EditionPageSection';

/**
 * `/editions/:year/:month/:day/`: that day's paper, 版面 after 版面, each with its articles; a
 * contents line at the top jumps to each 版面. `children` follow them.
 */
export function EditionScreen({ view, children }: { view: EditionView; children?: ReactNode }) {
  useDocumentTitle(editionMeta(view).title);
  useScrollToAnchor(view.date);
  const articles = view.pages.reduce((sum, page) => sum + page.articles.length, 0);
  return (
    <div className="mx-auto max-w-measure">
      <BackLink to={editionsPath}>往期版面</BackLink>
      <ScreenHeading className="mt-2 text-2xl sm:text-3xl">{formatEditionDate(view.date)}</ScreenHeading>
      <p className="mt-2 text-muted">
        共 {view.pages.length} 个版面，{articles} 篇报道
      </p>
      <nav aria-label="本期版面" className="mt-4">
        <ul className="flex flex-wrap gap-x-4">
          {view.pages.map((page) => (
            <li key={page.number}>
              <AppLink
                to={editionPageHref(view.date, page.number)}
                className="inline-flex min-h-11 items-center text-accent hover:underline"
              >
                {editionPageLabel(page)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      {view.pages.map((page) => (
        <EditionPageSection key={page.number} id={editionPageAnchor(page.number)} page={page} />
      ))}
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
