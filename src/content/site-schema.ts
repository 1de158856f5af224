import { z } from 'zod';
import { articleSchema, districtSchema, themeSchema } from './schema.ts';

/** What the list needs of an article: everything but the body, plus where the body lives. */
export const articleSummarySchema = articleSchema.omit({ paragraphs: true }).extend({
  /** The article's first sentence. */
  excerpt: z.string().min(1),
  /** Path of the article's JSON file, relative to the site's base. */
  dataFile: z.string().min(1),
});

export const contentIndexSchema = z.object({
  districts: z.array(districtSchema.pick({ slug: true, name: true })),
  themes: z.array(themeSchema.pick({ slug: true, name: true })),
  articles: z.array(articleSummarySchema),
  /** Bytes of all article files together: what saving everything for offline reading costs. */
  articleBytes: z.number().int().nonnegative(),
});

export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type ContentIndex = z.infer<typeof contentIndexSchema>;
export type TaxonomyTerm = ContentIndex['districts'][number];
