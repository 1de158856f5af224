import { Link } from 'react-router';
import { editionPageMeta } from '../../archive/screen-head-meta';
import type { EditionPageLink, EditionPageView } from '../../archive/view-schema';
import { BackLink } from '../../components/BackLink';
import { NeighbourLinks } from '../../components/NeighbourLinks';
import { PhotoBadge } from '../../components/PhotoBadge';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useDocumentTitle } from '../../lib/use-document-title';
import { articlePath, editionPagePath, editionPath } from '../../site/paths';
import { formatEditionDate, formatShortDate } from '../../text/dates';
import { editionPageLabel } from '../../text/edition-label';

function neighbour(ref: EditionPageLink | undefined, label: string, date: string) {
  if (!ref) return undefined;
  const day = ref.date === date ? '' : `${formatShortDate(ref.date)} `;
  return { label, text: `${day}第${ref.number}版`, to: editionPagePath(ref.date, ref.number) };
}

/** `/editions/:year/:month/:day/:page/`: one 版面, its banner and its articles in page order. */
export function EditionPageScreen({ view }: { view: EditionPageView }) {
  useDocumentTitle(editionPageMeta(view).title);
  return (
    <div className="mx-auto max-w-measure">
      <BackLink to={editionPath(view.date)}>{formatEditionDate(view.date)}</BackLink>
      <ScreenHeading className="mt-2 text-2xl sm:text-3xl">{editionPageLabel(view)}</ScreenHeading>
      {view.banner && <p className="mt-2 font-semibold text-accent">{view.banner}</p>}
      <ol className="mt-4 divide-y divide-line">
        {view.articles.map((article) => (
          <li key={article.id} className="py-5">
            <article aria-labelledby={`title-${article.id}`}>
              {article.kind === 'photo' && <PhotoBadge />}
              <h2 id={`title-${article.id}`} className="mt-1 font-serif text-xl leading-snug font-bold">
                <Link to={articlePath(article.id, view.date)} className="hover:text-accent hover:underline">
                  {article.title}
                </Link>
              </h2>
              {article.subtitle && <p className="mt-1 text-muted">{article.subtitle}</p>}
              <p className="mt-2 leading-relaxed">{article.excerpt}</p>
            </article>
          </li>
        ))}
      </ol>
      <NeighbourLinks
        name="上一版与下一版"
        previous={neighbour(view.previous, '上一版', view.date)}
        next={neighbour(view.next, '下一版', view.date)}
      />
    </div>
  );
}
