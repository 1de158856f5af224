/**
 * The app's URLs in one place, so links, route definitions and prerendered files cannot drift apart.
 * Every URL ends in a slash: each is a folder with an index.html on a static host.
 */

export interface ListFilter {
  district?: string;
  theme?: string;
}

/** `2023-03-08` → `2023/03/08`: a date as folders, so no folder holds more than a year, a month or a day. */
const dateFolders = (date: string) => date.replaceAll('-', '/');

/**
 * An article's permanent URL, under its edition's date (`/articles/2023/03/08/<id>/`): the id never
 * changes, and a day's folder holds only that day's articles. An article from an undated 版面 lives
 * under `/articles/undated/`.
 */
export const articlePath = (id: string, date: string | undefined) =>
  `/articles/${date ? dateFolders(date) : 'undated'}/${id}/`;
export const searchPath = '/search/';
export const savedPath = '/saved/';
export const districtsPath = '/districts/';

/** The file a route path's document is written to, under the site's folder: `/articles/…/index.html`, `/404.html`. */
export const documentFile = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

/** A route path as the site writes it: with its trailing slash (a folder on a static host). */
export const withTrailingSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/**
 * Every combination of facets is a path of its own: its front page, and each archive page,
 * numbered from the oldest (`/districts/shunyi/page/1/`), so each is a real file a static host
 * can serve.
 */
export function listPath({ district, theme }: ListFilter, page?: number): string {
  const districtPart = district ? `districts/${district}/` : '';
  const themePart = theme ? `themes/${theme}/` : '';
  const pagePart = page === undefined ? '' : `page/${page}/`;
  return `/${districtPart}${themePart}${pagePart}`;
}

export const editionsPath = '/editions/';
export const editionsYearPath = (year: number) => `/editions/${year}/`;
/**
 * A year's calendar: `/editions/` for the newest year, which changes every day (a second copy at
 * `/editions/2026/` would change with it), and `/editions/2025/` once a newer year has begun.
 */
export const calendarPath = (year: number, newest: number | undefined) =>
  year === newest ? editionsPath : editionsYearPath(year);
/** A day's edition, `/editions/2023/03/08/`, beside its year's calendar `/editions/2023/`. */
export const editionPath = (date: string) => `/editions/${dateFolders(date)}/`;
/** A 版面: its section of the edition's document. */
export const editionPageHref = (date: string, number: number) => `${editionPath(date)}#${editionPageAnchor(number)}`;
export const editionPageAnchor = (number: number) => `ban-${number}`;
