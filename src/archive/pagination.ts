import type { PagerLinks } from './view-schema.ts';

/**
 * Lists whose pages stay put, as Nikola's static indexes do: a list's archive pages are numbered
 * from its oldest article, so page 1 holds the oldest forty and keeps them for good, and each new
 * article lands on the list's front page. The front page shows every article newer than the
 * newest full archive page (twenty to fifty-nine of them), so publishing a day rewrites the front
 * page and now and then adds a page, and never shifts the articles of the pages before.
 *
 * Forty to a page, not twenty: a list page is mostly what every page carries (header, facets,
 * map), so fewer, longer pages halve the list pages' files and bytes (bench:scale).
 */

/** Articles on one archive page. */
export const PAGE_SIZE = 40;
/** The fewest articles the front page shows, once the list has that many. */
export const FRONT_MIN = 20;

/** Full archive pages of a list of `total` articles; the newest articles, FRONT_MIN at least, stay on the front page. */
export function archivePageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(0, Math.floor((total - FRONT_MIN) / pageSize));
}

/** The front page's articles, of a list ordered newest first. */
export function frontItems<T>(items: readonly T[], pageSize = PAGE_SIZE): T[] {
  return items.slice(0, items.length - archivePageCount(items.length, pageSize) * pageSize);
}

/** Archive page `page` (1 = the oldest) of a list ordered newest first, itself newest first. */
export function archivePageItems<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): T[] {
  if (page < 1 || page > archivePageCount(items.length, pageSize)) return [];
  return items.slice(items.length - page * pageSize, items.length - (page - 1) * pageSize);
}

/**
 * What a page links to, when the newest archive page is `newest`; `page` is undefined on the front
 * page. Only the pages next to this one are named (and page 1), so a page's links change once
 * more, when the page after it is filled, and never again after.
 */
export function pagerLinks(page: number | undefined, newest: number, spread = 1): PagerLinks {
  const current = page ?? newest + 1;
  const pages: number[] = [];
  for (let shown = Math.min(current + spread, newest); shown >= Math.max(current - spread, 1); shown -= 1)
    pages.push(shown);
  if (newest >= 1 && !pages.includes(1)) pages.push(1);
  return {
    ...(page !== undefined && page < newest ? { newer: page + 1 } : {}),
    ...(current > 1 ? { older: current - 1 } : {}),
    pages,
  };
}
