/**
 * The app's URLs in one place, so links, route definitions and prerendered files cannot drift apart.
 * Every URL ends in a slash: each is a folder with an index.html on a static host.
 */

export interface ListFilter {
  district?: string;
  theme?: string;
}

export const articlePath = (id: string) => `/articles/${id}/`;
export const searchPath = '/search/';
export const savedPath = '/saved/';
export const districtsPath = '/districts/';

/** A route path as the site writes it: with its trailing slash (a folder on a static host). */
export const withTrailingSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/**
 * Every combination of facets is a path of its own, and so is each page of it after the first
 * (`/districts/shunyi/page/2/`), so each is a real file a static host can serve.
 */
export function listPath({ district, theme }: ListFilter, page = 1): string {
  const districtPart = district ? `districts/${district}/` : '';
  const themePart = theme ? `themes/${theme}/` : '';
  const pagePart = page > 1 ? `page/${page}/` : '';
  return `/${districtPart}${themePart}${pagePart}`;
}

export const editionsPath = '/editions/';
export const editionsYearPath = (year: number) => `/editions/${year}/`;
export const editionPath = (date: string) => `/editions/${date}/`;
export const editionPagePath = (date: string, number: number) => `/editions/${date}/${number}/`;
