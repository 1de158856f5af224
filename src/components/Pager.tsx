import type { PagerLinks } from '../archive/view-schema';
import { AppLink } from '../lib/app-link';
import { withGaps } from './pager-links';

interface PagerProps {
  /** The archive page shown, numbered from the oldest; undefined on the list's front page. */
  page: number | undefined;
  links: PagerLinks;
  /** Where archive page `n` of this list lives, or its front page for undefined. */
  hrefFor: (page?: number) => string;
}

const cell = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-3 tabular-nums';
const linkCell = `${cell} border border-line bg-surface hover:border-accent hover:text-accent`;

/**
 * 最新, 较新, page numbers newest first, 较早: plain links, so they work without JavaScript.
 * Pages are numbered from the oldest (page 1), as they stay put (see archive/pagination.ts).
 */
export function Pager({ page, links, hrefFor }: PagerProps) {
  if (links.pages.length === 0) return null;
  const onFront = page === undefined;
  const step = (to: string | undefined, text: string) =>
    to ? (
      <AppLink to={to} className={linkCell}>
        {text}
      </AppLink>
    ) : (
      <span className={`${cell} text-muted`} aria-hidden="true">
        {text}
      </span>
    );
  return (
    <nav aria-label="分页" className="mt-8 print:hidden">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>{step(onFront ? undefined : hrefFor(), '最新')}</li>
        <li>{step(onFront ? undefined : hrefFor(links.newer), '较新')}</li>
        {withGaps(links.pages).map((link, index) =>
          'gap' in link ? (
            <li key={`gap-${index}`} className="px-1 text-muted" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={link.page}>
              {link.page === page ? (
                <span aria-current="page" className={`${cell} bg-accent font-semibold text-accent-ink`}>
                  <span className="sr-only">第</span>
                  {link.page}
                  <span className="sr-only">页（当前）</span>
                </span>
              ) : (
                <AppLink to={hrefFor(link.page)} className={linkCell}>
                  <span className="sr-only">第 </span>
                  {link.page}
                  <span className="sr-only"> 页</span>
                </AppLink>
              )}
            </li>
          ),
        )}
        <li>{step(links.older === undefined ? undefined : hrefFor(links.older), '较早')}</li>
      </ul>
    </nav>
  );
}
