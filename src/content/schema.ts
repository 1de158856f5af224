import * as z from 'zod/mini';
import { termSchema } from './term-schema.ts';

// zod/mini keeps the app's bundle small. The site's Content-Security-Policy forbids eval;
// without jitless, zod probes `new Function` and trips it.
z.config({ jitless: true });

/** One source of truth for the article shape: the pipeline builds it, and the views carry it to the app. */

const text = () => z.string().check(z.minLength(1));
const count = () => z.int().check(z.nonnegative());
const positiveCount = () => z.int().check(z.positive());

const slug = z.string().check(z.regex(/^[a-z0-9-]+$/, 'must be a URL-safe slug [a-z0-9-]+'));

export const creditSchema = z.object({
  /** 记者, 通讯员, 实习生, 摄影 … */
  role: text(),
  name: text(),
});

export const sourceRefSchema = z.object({
  /** Page file name, relative to the pages folder. */
  file: text(),
  /** 1-based line of the article's `##` heading. */
  line: positiveCount(),
});

/** YYYY-MM-DD; the pipeline also checks that the day exists. */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));

/** The 版面 (edition page) an article was printed on. */
export const editionPageRefSchema = z.object({
  id: slug,
  /** The `# ` slogan printed across the page; a page may have none. */
  banner: z.optional(text()),
  /** The day of the edition the page belongs to; undated pages (日期未注明) have none. */
  date: z.optional(isoDate),
  /** 版次: the page's number in its edition, from 1; only with a date. */
  number: z.optional(positiveCount()),
  /** 版名: the page's name (要闻, 工会新闻 …). */
  name: z.optional(text()),
});

/** A photo in an article, from its `![说明文字](file.jpg)` line. */
export const articlePhotoSchema = z.object({
  /** The alt text, and the caption unless the article is photo news (then its caption paragraph is). */
  description: text(),
  /** The photo file, relative to the pages folder. */
  path: text(),
  /** Its line in the 版面 file, for errors about the file. */
  line: positiveCount(),
  /** How many paragraphs come before it: 0 is the article's lead photo. */
  at: count(),
});

export const articleSchema = z.object({
  id: slug,
  source: sourceRefSchema,
  page: editionPageRefSchema,
  /** 0-based position of the article on its page. */
  order: count(),
  title: text(),
  subtitle: z.optional(text()),
  kind: z.enum(['news', 'photo']),
  /** 本报讯 and the like; photo news has none. */
  dateline: z.optional(text()),
  credits: z.array(creditSchema),
  paragraphs: z.array(text()).check(z.minLength(1)),
  /** In the order they stand; absent when the article has none. */
  photos: z.optional(z.array(articlePhotoSchema)),
  districts: z.array(slug),
  themes: z.array(slug).check(z.minLength(1), z.maxLength(3)),
  /** Characters of body text, whitespace excluded. */
  chars: count(),
  readingMinutes: positiveCount(),
});

/** A term with the number of articles a list or a search would hold with it chosen. */
export const facetCountSchema = z.extend(termSchema, { count: count() });

export const districtSchema = z.extend(termSchema, {
  slug,
  name: text(),
  /** Strings that identify the district in a title or lead (西城, 西城区 …). */
  aliases: z.array(text()).check(z.minLength(1)),
  /** Longer words that contain an alias yet do not mean the district (大兴土木, 朝阳产业). */
  blockingContexts: z.optional(z.array(text())),
});

export const weightedKeywordSchema = z.object({
  word: text(),
  weight: z.number().check(z.positive()),
});

export const themeSchema = z.extend(termSchema, {
  slug,
  name: text(),
  keywords: z.array(weightedKeywordSchema).check(z.minLength(1)),
});

export const taxonomySchema = z.object({
  districts: z.array(districtSchema).check(z.minLength(1)),
  themes: z.array(themeSchema).check(z.minLength(1)),
  /** Theme given to an article no keyword matches, so every article has one. */
  fallbackTheme: slug,
});

export const overridesSchema = z.record(
  slug,
  z.strictObject({
    districts: z.optional(z.array(slug)),
    themes: z.optional(z.array(slug).check(z.minLength(1), z.maxLength(3))),
  }),
);

export type Credit = z.infer<typeof creditSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticlePhoto = z.infer<typeof articlePhotoSchema>;
export type EditionPageRef = z.infer<typeof editionPageRefSchema>;
export type District = z.infer<typeof districtSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type FacetCount = z.infer<typeof facetCountSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Overrides = z.infer<typeof overridesSchema>;
