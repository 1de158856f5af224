/**
 * Where the published site's files live: its base path, absolute URLs, and the names of the
 * files beside the app. No imports, so scripts/serve-static.ts can share normalizeBase.
 */

/** File names relative to the site's base. */
export const SITEMAP_FILE = 'sitemap.xml';
export const FEED_FILE = 'feed.xml';

/** "", "/", "reader", "/reader" and "/reader/" all mean a base that starts and ends with "/". */
export function normalizeBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/**
 * The route path of a URL path on a site at `root` (a base as normalizeBase gives it, like Vite's),
 * with its trailing slash (`/reader/articles/x` → `/articles/x/`), or undefined for a path outside it.
 */
export function routePathUnder(root: string, urlPath: string): string | undefined {
  if (!`${urlPath}/`.startsWith(root)) return undefined;
  const path = urlPath.slice(root.length - 1) || '/';
  return path.endsWith('/') ? path : `${path}/`;
}

/** `https://news.example.org` + `/reader/` + `articles/x/`, whatever slashes each part brings. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  const origin = siteUrl.replace(/\/+$/, '');
  return `${origin}${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}
