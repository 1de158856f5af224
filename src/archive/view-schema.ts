import * as z from 'zod/mini';
import { articleSchema, editionPageRefSchema, facetCountSchema } from '../content/schema.ts';
import { type Term, termSchema } from '../content/term-schema.ts';
import { publishedPhotoSchema, thumbnailSchema } from '../photos/published-photo.ts';

/**
 * What each route shows: the one data shape the build embeds in a prerendered page and the app
 * reads, whether from that page or fetched for an in-app navigation.
 */

const count = () => z.int().check(z.nonnegative());
const pageNumber = () => z.int().check(z.positive());
const isoDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * What a list shows of an article: its title, byline, reading time and terms, its 版面's date,
 * number and name (its URL and, saved, its edition line), and its first sentence. Nothing else:
 * forty of these make most of a list page's view.
 */
export const articleSummarySchema = z.extend(
  z.pick(articleSchema, {
    id: true,
    title: true,
    subtitle: true,
    kind: true,
    credits: true,
    districts: true,
    themes: true,
    readingMinutes: true,
  }),
  {
    page: z.pick(editionPageRefSchema, { date: true, number: true, name: true }),
    excerpt: z.string().check(z.minLength(1)),
    /** The article's first photo, small; absent when it has none. */
    thumbnail: z.optional(thumbnailSchema),
  },
);

/**
 * What a set of photos weighs on a screen that shows each at most `width` device pixels wide, and
 * more than the step before: each photo's narrowest variant at least that wide, else its widest,
 * in each format (offline-size.ts).
 */
export const photoBytesSchema = z.object({
  width: z.int().check(z.positive()),
  avif: count(),
  webp: count(),
  jpeg: count(),
});

/**
 * What saving an edition for offline reading costs: its documents, and its photos at the width the
 * reader's screen needs, which only the browser knows. The photos come as totals for each width
 * step, not as each photo's variants: a few dozen numbers whatever the edition's size, so that
 * the front page can carry them for the newest edition without its articles' views. (An article's
 * view has each of its photos' file sizes, a few numbers; list entries' thumbnails have none.)
 */
export const offlineSizeSchema = z.object({
  /** The edition's documents. */
  bytes: count(),
  /** Its articles' photos, at the reading column's width; absent when it has none. */
  photos: z.optional(z.array(photoBytesSchema)),
  /** The thumbnails its page shows. */
  thumbnails: z.optional(z.array(photoBytesSchema)),
});

/** Where a list page's pager leads (see pagination.ts). */
export const pagerSchema = z.object({
  newer: z.optional(pageNumber()),
  older: z.optional(pageNumber()),
  pages: z.array(pageNumber()),
});

/** Articles per term, over the whole list page's filter; a term with none is left out. */
const termCounts = () => z.record(z.string(), count());

export const listCountsSchema = z.object({
  /** Articles in the whole list, every page together. */
  total: count(),
  /** For each district (theme), the articles the list would have with it chosen, the other facet kept. */
  districts: termCounts(),
  themes: termCounts(),
});

export const listViewSchema = z.object({
  kind: z.literal('list'),
  filter: z.object({ district: z.optional(z.string()), theme: z.optional(z.string()) }),
  /** An archive page, numbered from the list's oldest; absent on the list's front page. */
  page: z.optional(pageNumber()),
  pager: pagerSchema,
  articles: z.array(articleSummarySchema),
  /** Every district and theme by name, in taxonomy order: the heading's and the chips' words. */
  districts: z.array(termSchema),
  themes: z.array(termSchema),
  /** On a front page: the articles of the whole list, every page together. */
  total: z.optional(count()),
  /**
   * On the whole list's front page only: counts change with every day published, and other pages
   * must not. The app works out the others' from the totals on the district map's page.
   */
  counts: z.optional(listCountsSchema),
  /** On the front page of the whole list: the newest edition, offered for offline reading. */
  newestEdition: z.optional(z.extend(offlineSizeSchema, { date: isoDate() })),
});

/** A link to an article: its id and date make its URL. */
export const articleLinkSchema = z.object({ id: z.string(), date: z.optional(isoDate()), title: z.string() });

export const articleViewSchema = z.object({
  kind: z.literal('article'),
  /** Its photos' source files stay with the build; the view carries the published ones. */
  article: z.omit(articleSchema, { photos: true }),
  photos: z.optional(z.array(publishedPhotoSchema)),
  /** Names of the article's districts and themes, for its chips. */
  terms: z.object({ districts: z.array(termSchema), themes: z.array(termSchema) }),
  /** Neighbours in the newspaper's order. */
  previous: z.optional(articleLinkSchema),
  next: z.optional(articleLinkSchema),
});

export const editionsViewSchema = z.object({
  kind: z.literal('editions'),
  /** The year this calendar shows; absent while no page is dated. */
  year: z.optional(z.int()),
  /** Every year with an edition, newest first, with its number of editions. */
  years: z.array(z.object({ year: z.int(), editions: count() })),
  /** The year's days with an edition, newest first. */
  days: z.array(z.object({ date: isoDate(), articles: count() })),
});

/** A neighbouring 版面, by its edition's date and its number. */
/** An article as its edition lists it: what the 版面 shows of it, and its date for its URL. */
export const editionArticleSchema = z.extend(
  z.pick(articleSummarySchema, { id: true, title: true, subtitle: true, kind: true, excerpt: true, thumbnail: true }),
  { date: z.optional(isoDate()) },
);

/**
 * A day's edition: every 版面 in the newspaper's order, each with its articles. The 版面 are
 * sections of the edition's document (`#ban-2`), not documents of their own: an edition is read
 * through, and a document per 版面 would add one file for every eight articles.
 */
export const editionViewSchema = z.object({
  kind: z.literal('edition'),
  date: isoDate(),
  pages: z.array(
    z.object({
      number: pageNumber(),
      name: z.optional(z.string()),
      banner: z.optional(z.string()),
      articles: z.array(editionArticleSchema),
    }),
  ),
  /** The editions before and after this one. */
  previous: z.optional(isoDate()),
  next: z.optional(isoDate()),
  /** What saving the edition costs, known once the build has written its documents. */
  offline: z.optional(offlineSizeSchema),
});

/** `/search/` carries no data: its results come from the search index, after the page has loaded. */
export const searchViewSchema = z.object({ kind: z.literal('search') });

/** `/districts/`: the district map over the whole archive, with each theme's count for links to its lists. */
export const districtsViewSchema = z.object({
  kind: z.literal('districts'),
  districts: z.array(facetCountSchema),
  themes: z.array(facetCountSchema),
  /**
   * Every list's total, by its district and theme ("chaoyang/", "/culture-sports", "/" for the
   * whole list): what every list's facet counts are made from. This page changes every day anyway.
   */
  totals: z.record(z.string(), count()),
});

/** `/saved/` carries no data either: the reader's 收藏 live in their browser. */
export const savedViewSchema = z.object({ kind: z.literal('saved') });

export const viewSchema = z.discriminatedUnion('kind', [
  listViewSchema,
  articleViewSchema,
  editionsViewSchema,
  editionViewSchema,
  searchViewSchema,
  savedViewSchema,
  districtsViewSchema,
]);

export interface Terms {
  districts: Term[];
  themes: Term[];
}
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type ListView = z.infer<typeof listViewSchema>;
export type ListCounts = z.infer<typeof listCountsSchema>;
export type PagerLinks = z.infer<typeof pagerSchema>;
export type DistrictsView = z.infer<typeof districtsViewSchema>;
export type ArticleLink = z.infer<typeof articleLinkSchema>;
export type ArticleView = z.infer<typeof articleViewSchema>;
export type EditionsView = z.infer<typeof editionsViewSchema>;
export type EditionView = z.infer<typeof editionViewSchema>;
export type EditionArticle = z.infer<typeof editionArticleSchema>;
export type View = z.infer<typeof viewSchema>;
export type PhotoBytes = z.infer<typeof photoBytesSchema>;
export type OfflineSize = z.infer<typeof offlineSizeSchema>;
