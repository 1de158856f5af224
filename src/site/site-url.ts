import { routePathUnder } from './published-url';

/** Vite's base: "/" or a sub-path such as "/reader/". */
const BASE = import.meta.env.BASE_URL;

/** Resolves a path relative to the site's base, so a sub-path deployment finds its files. */
export function siteUrl(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** The base is the router's basename, so a sub-path deployment just works. */
export const routerBasename = BASE.replace(/\/$/, '') || '/';

/** The route path (the cache key of its view) of a URL path on this site, or undefined for one elsewhere. */
export const routeOfUrlPath = (urlPath: string) => routePathUnder(BASE, urlPath);
