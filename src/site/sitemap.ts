/** sitemap.xml (sitemaps.org protocol): every page worth indexing, as absolute URLs. */
import type { Article } from '../content/schema.ts';
import { articlePath, listPath } from '../lib/routes.ts';
import { escapeXml, XML_DECLARATION } from './escape.ts';
import { absoluteUrl } from './published-url.ts';

/**
 * Every page worth indexing: the list, each article, and each district, theme and
 * district × theme listing that has at least one article (an empty listing is a thin page).
 */
export function sitePaths(articles: Article[]): string[] {
  const districts = new Set<string>();
  const themes = new Set<string>();
  const combinations = new Set<string>();
  for (const article of articles) {
    for (const theme of article.themes) themes.add(listPath({ theme }));
    for (const district of article.districts) {
      districts.add(listPath({ district }));
      for (const theme of article.themes) combinations.add(listPath({ district, theme }));
    }
  }
  return [listPath({}), ...articles.map((article) => articlePath(article.id)), ...districts, ...themes, ...combinations];
}

/** The sitemaps.org protocol caps one file at 50,000 URLs; past that a sitemap index is needed. */
const SITEMAP_URL_LIMIT = 50_000;

export interface SitemapOptions {
  siteUrl: string;
  base: string;
  /** Site-relative paths such as "/" (the list) or "/articles/x/"; a leading slash is optional. */
  paths: string[];
}

export function sitemapXml({ siteUrl, base, paths }: SitemapOptions): string {
  // Dedupe on the absolute URL so "articles/x/" and "/articles/x/" count once; a Set keeps first order.
  const urls = [...new Set(paths.map((path) => absoluteUrl(siteUrl, base, path)))];
  if (urls.length > SITEMAP_URL_LIMIT) {
    throw new RangeError(`sitemap has ${urls.length} URLs; the protocol allows ${SITEMAP_URL_LIMIT} per file`);
  }
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
