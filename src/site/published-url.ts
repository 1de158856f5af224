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

/** `https://news.example.org` + `/reader/` + `articles/x/`, whatever slashes each part brings. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  const origin = siteUrl.replace(/\/+$/, '');
  return `${origin}${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}
