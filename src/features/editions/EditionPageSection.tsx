import { excerptAttributes } from '../../archive/markup-text';
import type { EditionView } from '../../archive/view-schema';
import { PhotoBadge } from '../../components/PhotoBadge';
import { PhotoThumbnail } from '../../components/PhotoThumbnail';
import { AppLink } from '../../lib/app-link';
import { articlePath } from '../../site/paths';
import { editionPageLabel } from '../../text/edition-label';

type EditionPage = EditionView['pages'][number];

/** One 版面 of an edition: its label and banner, then its articles in page order, with their excerpts. */
export function EditionPageSection({ id, page }: { id: string; page: EditionPage }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-8 scroll-mt-4 border-t-2 border-ink pt-4">
      <h2 id={`${id}-heading`} className="font-serif text-2xl font-bold">
        {editionPageLabel(page)}
      </h2>
      {page.banner && <p className="mt-1 font-semibold text-accent">{page.banner}</p>}
      <ol className="mt-2 divide-y divide-line">
        {page.articles.map((article) => (
          <li key={article.id} className="py-4">
            <article aria-labelledby={`title-${article.id}`}>
              {article.kind === 'photo' && <PhotoBadge />}
              <div className="flex gap-4">
                <div className="min-w-0 flex-1">
                  <h3 id={`title-${article.id}`} className="mt-1 font-serif text-xl leading-snug font-bold">
                    <AppLink to={articlePath(article.id, article.date)} className="hover:text-accent hover:underline">
                      {article.title}
                    </AppLink>
                  </h3>
                  {article.subtitle && <p className="mt-1 text-muted">{article.subtitle}</p>}
                  <p {...excerptAttributes} className="mt-2 leading-relaxed">
                    {article.excerpt}
                  </p>
                </div>
                {article.thumbnail && <PhotoThumbnail thumbnail={article.thumbnail} />}
              </div>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
