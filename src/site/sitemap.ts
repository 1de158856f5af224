/** sitemap.xml (sitemaps.org protocol): a sitemap index over sitemaps of at most 50,000 URLs each. */
import { escapeXml, XML_DECLARATION } from './escape.ts';
import { absoluteUrl, SITEMAP_FILE } from './published-url.ts';

/** The protocol caps one sitemap file at 50,000 URLs. */
export const SITEMAP_URL_LIMIT = 50_000;

export interface SitemapOptions {
  siteUrl: string;
  base: string;
  /** Site-relative paths such as "/" (the list) or "/articles/x/"; a leading slash is optional. */
  paths: string[];
  /** URLs per sitemap file; the protocol's limit unless a test asks for less. */
  perFile?: number;
}

export interface SiteFile {
  path: string;
  contents: string;
}

const sitemapPart = (index: number) => `sitemap-${index + 1}.xml`;

function urlset(urls: readonly string[]): string {
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * `sitemap.xml`, an index of `sitemap-1.xml`, `sitemap-2.xml` …, each of at most `perFile` URLs,
 * so the archive can grow past the protocol's per-file limit without anything to change.
 */
export function sitemapFiles({ siteUrl, base, paths, perFile = SITEMAP_URL_LIMIT }: SitemapOptions): SiteFile[] {
  // Dedupe on the absolute URL so "articles/x/" and "/articles/x/" count once; a Set keeps first order.
  const urls = [...new Set(paths.map((path) => absoluteUrl(siteUrl, base, path)))];
  const parts = Array.from({ length: Math.max(1, Math.ceil(urls.length / perFile)) }, (_, index) => ({
    path: sitemapPart(index),
    contents: urlset(urls.slice(index * perFile, (index + 1) * perFile)),
  }));
  const index = [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((part) => `  <sitemap><loc>${escapeXml(absoluteUrl(siteUrl, base, part.path))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return [{ path: SITEMAP_FILE, contents: index }, ...parts];
}
