import { bylineText, creditLine } from './credit-line.ts';
import { articlePath, listPath } from '../lib/routes.ts';
import type { Article } from './schema.ts';
import { contentSecurityPolicy } from './security-policy.ts';

/**
 * Pure generators for the static files that sit beside the app: sitemap.xml, feed.xml,
 * robots.txt and the Netlify / Cloudflare Pages `_headers` file. They return strings; writing
 * them to the build output is the caller's job.
 */

/** File names relative to the site's base. */
export const SITEMAP_FILE = 'sitemap.xml';
export const FEED_FILE = 'feed.xml';

// ---------------------------------------------------------------------------------------------
// URLs

/**
 * The first path segment of every page except the list (see src/lib/routes.ts); `_headers`
 * needs them to reach pages without a catch-all that would also hit the hashed files.
 */
const PAGE_SECTIONS = ['articles', 'districts', 'themes'] as const;

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

/** Name lookups for the feed's categories; an unknown slug falls back to itself. */
export function taxonomyNames(taxonomy: Record<'districts' | 'themes', ReadonlyArray<{ slug: string; name: string }>>): {
  districtName: (slug: string) => string;
  themeName: (slug: string) => string;
} {
  const districts = new Map(taxonomy.districts.map(({ slug, name }) => [slug, name]));
  const themes = new Map(taxonomy.themes.map(({ slug, name }) => [slug, name]));
  return {
    districtName: (slug) => districts.get(slug) ?? slug,
    themeName: (slug) => themes.get(slug) ?? slug,
  };
}

// ---------------------------------------------------------------------------------------------
// Escaping

/** Characters XML 1.0 forbids outright (controls, lone surrogates, U+FFFE/FFFF); escaping cannot save them. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** &apos; is not an HTML 4 entity, so HTML gets the numeric form that every reader knows. */
const HTML_ENTITIES: Record<string, string> = { ...XML_ENTITIES, "'": '&#39;' };

/** Text that is safe both as element content and inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

export function escapeHtml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

// ---------------------------------------------------------------------------------------------
// sitemap.xml

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

// ---------------------------------------------------------------------------------------------
// robots.txt

export interface RobotsOptions {
  siteUrl: string;
  base: string;
}

/**
 * Crawlers only read /robots.txt at the origin's root, so under a sub-path base this file is a
 * template for the host's own robots.txt; the Sitemap line is absolute so it works from anywhere.
 */
export function robotsTxt({ siteUrl, base }: RobotsOptions): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(siteUrl, base, SITEMAP_FILE)}`, ''].join('\n');
}

// ---------------------------------------------------------------------------------------------
// feed.xml (Atom 1.0)

export interface AtomFeedOptions {
  siteUrl: string;
  base: string;
  title: string;
  subtitle?: string;
  /** Articles carry no dates, so the build time stands in for every entry. */
  updated: Date;
  articles: Article[];
  districtName: (slug: string) => string;
  themeName: (slug: string) => string;
}

/**
 * Newest first. Page files are named in publishing order, so a later file is a newer page;
 * within one page the printed order is kept. Sorting (not reversing) makes this hold
 * whatever order the articles arrive in.
 */
export function newestFirst(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => {
    if (a.source.file !== b.source.file) return a.source.file < b.source.file ? 1 : -1;
    return a.order - b.order;
  });
}

/** The article's whole text as HTML: subtitle, byline, then every paragraph. */
export function articleHtml(article: Pick<Article, 'subtitle' | 'dateline' | 'credits' | 'paragraphs'>): string {
  const byline = bylineText(article);
  return [
    ...(article.subtitle ? [`<p><strong>${escapeHtml(article.subtitle)}</strong></p>`] : []),
    ...(byline ? [`<p>${escapeHtml(byline)}</p>`] : []),
    ...article.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
  ].join('\n');
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function atomEntry(article: Article, options: AtomFeedOptions, updated: string): string {
  const { siteUrl, base, title, districtName, themeName } = options;
  const url = absoluteUrl(siteUrl, base, articlePath(article.id));
  // `scheme` tells a district slug from a theme slug should the two ever coincide.
  const category = (scheme: string, term: string, label: string): string =>
    `    <category scheme="${escapeXml(absoluteUrl(siteUrl, base, scheme))}" term="${escapeXml(term)}" label="${escapeXml(label)}"/>`;
  return [
    '  <entry>',
    `    ${element('id', url)}`,
    `    ${element('title', article.title)}`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
    `    ${element('updated', updated)}`,
    // Atom requires an author; unsigned articles (photo news) are the paper's own.
    `    <author>${element('name', creditLine(article.credits) || title)}</author>`,
    ...article.districts.map((slug) => category('districts/', slug, districtName(slug))),
    ...article.themes.map((slug) => category('themes/', slug, themeName(slug))),
    `    ${element('summary', article.paragraphs[0] ?? article.title)}`,
    // type="html": the HTML is itself text, so it is escaped once as HTML and once as XML.
    `    <content type="html">${escapeXml(articleHtml(article))}</content>`,
    '  </entry>',
  ].join('\n');
}

export function atomFeed(options: AtomFeedOptions): string {
  const { siteUrl, base, title, subtitle, articles } = options;
  const listUrl = absoluteUrl(siteUrl, base, '');
  const updated = options.updated.toISOString();
  return [
    XML_DECLARATION,
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  ${element('id', listUrl)}`,
    `  ${element('title', title)}`,
    ...(subtitle ? [`  ${element('subtitle', subtitle)}`] : []),
    `  ${element('updated', updated)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(siteUrl, base, FEED_FILE))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(listUrl)}"/>`,
    ...newestFirst(articles).map((article) => atomEntry(article, options, updated)),
    '</feed>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// _headers (Netlify / Cloudflare Pages)

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export interface HeadersFileOptions {
  base: string;
  /** Hashes of inline stylesheets the pages carry (e.g. "sha256-…"). */
  styleHashes?: string[];
}

function headerRule(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * Both hosts ADD the headers of every rule whose path matches, and join two Cache-Control
 * values with a comma ("immutable, no-cache" would mean no-cache). So no-cache is not put on
 * a `${base}*` catch-all, which would also match the hashed files; it goes only on paths that
 * can never hold a hashed file: the list, the page sections, any .html and the service worker.
 * A page's own index.html matches both its section and `*.html`; "no-cache, no-cache" is
 * still just no-cache. Anything else unhashed (feed, sitemap, icons) keeps the host's default
 * revalidating cache.
 */
export function headersFile({ base, styleHashes }: HeadersFileOptions): string {
  const root = normalizeBase(base);
  const noCachePaths = [root, `${root}*.html`, ...PAGE_SECTIONS.map((section) => `${root}${section}/*`), `${root}sw.js`];
  return [
    '# Generated by src/content/site-files.ts; edit there.',
    '',
    '# Every response of the site.',
    headerRule(`${root}*`, {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': contentSecurityPolicy({ styleHashes }),
    }),
    '',
    '# Content-hashed names: a changed file gets a new name, so the old one can be cached forever.',
    ...[`${root}assets/*`, `${root}data/*`].map((path) => headerRule(path, { 'Cache-Control': IMMUTABLE })),
    '',
    '# HTML and the service worker: always ask whether a newer deploy exists.',
    ...noCachePaths.map((path) => headerRule(path, { 'Cache-Control': REVALIDATE })),
    '',
  ].join('\n');
}
