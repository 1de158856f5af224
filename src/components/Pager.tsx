import { AppLink } from '../lib/app-link';
import { pageLinks } from './pager-links';

interface PagerProps {
  page: number;
  pageCount: number;
  /** Where page `n` of this list lives. */
  hrefFor: (page: number) => string;
}

const cell = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-3 tabular-nums';
const linkCell = `${cell} border border-line bg-surface hover:border-accent hover:text-accent`;

/** Numbered pages, with first, previous, next and last: plain links, so they work without JavaScript. */
export function Pager({ page, pageCount, hrefFor }: PagerProps) {
  if (pageCount <= 1) return null;
  // The visible word is the link's name; a hidden note may add to it, never replace it.
  const step = (target: number, text: string, note = '') =>
    target >= 1 && target <= pageCount && target !== page ? (
      <AppLink to={hrefFor(target)} className={linkCell}>
        {text}
        {note && <span className="sr-only">{note}</span>}
      </AppLink>
    ) : (
      <span className={`${cell} text-muted`} aria-hidden="true">
        {text}
      </span>
    );
  return (
    <nav aria-label="分页" className="mt-8 print:hidden">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>{step(1, '首页')}</li>
        <li>{step(page - 1, '上一页')}</li>
        {pageLinks(page, pageCount).map((link, index) =>
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
        <li>{step(page + 1, '下一页')}</li>
        <li>{step(pageCount, '末页', `（第 ${pageCount} 页）`)}</li>
      </ul>
    </nav>
  );
}
