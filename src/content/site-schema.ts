import * as z from 'zod/mini';
import { articleSchema, districtSchema, themeSchema } from './schema.ts';

/** What the list needs of an article: everything but the body, plus where the body lives. */
export const articleSummarySchema = z.extend(z.omit(articleSchema, { paragraphs: true }), {
  /** The article's first sentence. */
  excerpt: z.string().check(z.minLength(1)),
  /** Path of the article's JSON file, relative to the site's base. */
  dataFile: z.string().check(z.minLength(1)),
});

export const contentIndexSchema = z.object({
  districts: z.array(z.pick(districtSchema, { slug: true, name: true })),
  themes: z.array(z.pick(themeSchema, { slug: true, name: true })),
  articles: z.array(articleSummarySchema),
  /** Bytes of all article files together: what saving everything for offline reading costs. */
  articleBytes: z.int().check(z.nonnegative()),
});

export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type ContentIndex = z.infer<typeof contentIndexSchema>;
export type TaxonomyTerm = ContentIndex['districts'][number];
