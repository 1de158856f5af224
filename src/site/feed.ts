/** feed.xml: an Atom 1.0 feed carrying the newest articles' full text. */
import type { Article } from '../content/schema.ts';
import type { Term } from '../content/term-schema.ts';
import type { PublishedPhoto } from '../photos/published-photo.ts';
import { sharePicture } from '../photos/share-picture.ts';
import { bylineText, creditLine } from '../text/credit-line.ts';
import { termName } from '../text/term-name.ts';
import { escapeHtml, escapeXml, XML_DECLARATION } from './escape.ts';
import { articlePath } from './paths.ts';
import { absoluteUrl, FEED_FILE } from './published-url.ts';

export interface AtomFeedOptions {
  siteUrl: string;
  base: string;
  title: string;
  subtitle?: string;
  /** The build time: stands in for the date of undated articles and of the feed itself. */
  updated: Date;
  /** In the newspaper's order, newest first; the feed carries the first FEED_SIZE. */
  articles: Article[];
  districtName: (slug: string) => string;
  themeName: (slug: string) => string;
  /** Published photos by article id: an entry shows its article's first photo, 1,200 px wide. */
  photos?: ReadonlyMap<string, PublishedPhoto[]>;
}

/** Name lookups for the feed's categories; an unknown slug falls back to itself. */
export function taxonomyNames(taxonomy: Record<'districts' | 'themes', Term[]>): {
  districtName: (slug: string) => string;
  themeName: (slug: string) => string;
} {
  return {
    districtName: (slug) => termName(taxonomy.districts, slug),
    themeName: (slug) => termName(taxonomy.themes, slug),
  };
}

/** A feed reader wants what is new; the archive is on the site. */
export const FEED_SIZE = 50;

/** An edition's day in Beijing time; undated articles take the build time. */
/**
 * When the feed last changed: SOURCE_DATE_EPOCH when the build is given one, else the newest
 * edition's date, so that building the same content again writes the same bytes. Only an archive
 * with no dated 版面 at all falls back on the time of the build.
 */
export function feedUpdated(articles: readonly Article[], sourceDateEpoch: string | undefined, now = new Date()): Date {
  if (sourceDateEpoch) return new Date(Number(sourceDateEpoch) * 1000);
  const newest = articles.find((article) => article.page.date)?.page.date;
  return newest ? new Date(`${newest}T00:00:00+08:00`) : now;
}

function entryUpdated(article: Article, buildTime: string): string {
  return article.page.date ? `${article.page.date}T00:00:00+08:00` : buildTime;
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

function atomEntry(article: Article, options: AtomFeedOptions, buildTime: string): string {
  const { siteUrl, base, title, districtName, themeName } = options;
  const url = absoluteUrl(siteUrl, base, articlePath(article.id, article.page.date));
  const lead = options.photos?.get(article.id)?.[0];
  const picturePath = lead && sharePicture(lead);
  const picture =
    lead && picturePath ? { url: absoluteUrl(siteUrl, base, picturePath), alt: lead.description } : undefined;
  const html = articleHtml(article);
  // `scheme` tells a district slug from a theme slug should the two ever coincide.
  const category = (scheme: string, term: string, label: string): string =>
    `    <category scheme="${escapeXml(absoluteUrl(siteUrl, base, scheme))}" term="${escapeXml(term)}" label="${escapeXml(label)}"/>`;
  return [
    '  <entry>',
    `    ${element('id', url)}`,
    `    ${element('title', article.title)}`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
    ...(picture ? [`    <link rel="enclosure" type="image/jpeg" href="${escapeXml(picture.url)}"/>`] : []),
    `    ${element('updated', entryUpdated(article, buildTime))}`,
    // Atom requires an author; unsigned articles (photo news) are the paper's own.
    `    <author>${element('name', creditLine(article.credits) || title)}</author>`,
    ...article.districts.map((slug) => category('districts/', slug, districtName(slug))),
    ...article.themes.map((slug) => category('themes/', slug, themeName(slug))),
    `    ${element('summary', article.paragraphs[0] ?? article.title)}`,
    // type="html": the HTML is itself text, so it is escaped once as HTML and once as XML.
    `    <content type="html">${escapeXml(picture ? `<p><img src="${escapeHtml(picture.url)}" alt="${escapeHtml(picture.alt)}"></p>\n${html}` : html)}</content>`,
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
    ...articles.slice(0, FEED_SIZE).map((article) => atomEntry(article, options, updated)),
    '</feed>',
    '',
  ].join('\n');
}
