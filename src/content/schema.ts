import { z } from 'zod';

/** One source of truth for the article shape: the pipeline emits it, the app parses it. */

const slug = z.string().regex(/^[a-z0-9-]+$/, 'must be a URL-safe slug [a-z0-9-]+');

export const creditSchema = z.object({
  /** 记者, 通讯员, 实习生, 摄影 … */
  role: z.string().min(1),
  name: z.string().min(1),
});

export const sourceRefSchema = z.object({
  /** Page file name, relative to the pages folder. */
  file: z.string().min(1),
  /** 1-based line of the article's `##` heading. */
  line: z.number().int().positive(),
});

export const pageRefSchema = z.object({
  id: slug,
  /** The `# ` slogan printed across the page; a page may have none. */
  banner: z.string().min(1).optional(),
});

export const articleSchema = z.object({
  id: slug,
  source: sourceRefSchema,
  page: pageRefSchema,
  /** 0-based position of the article on its page. */
  order: z.number().int().nonnegative(),
  title: z.string().min(1),
  subtitle: z.string().min(1).optional(),
  kind: z.enum(['news', 'photo']),
  /** 本报讯 and the like; photo news has none. */
  dateline: z.string().min(1).optional(),
  credits: z.array(creditSchema),
  paragraphs: z.array(z.string().min(1)).min(1),
  districts: z.array(slug),
  themes: z.array(slug).min(1).max(3),
  /** Characters of body text, whitespace excluded. */
  chars: z.number().int().nonnegative(),
  readingMinutes: z.number().int().positive(),
});

export const districtSchema = z.object({
  slug,
  name: z.string().min(1),
  /** Strings that identify the district in a title or lead (西城, 西城区 …). */
  aliases: z.array(z.string().min(1)).min(1),
  /** Longer words that contain an alias yet do not mean the district (大兴土木, 朝阳产业). */
  blockingContexts: z.array(z.string().min(1)).optional(),
});

export const weightedKeywordSchema = z.object({
  word: z.string().min(1),
  weight: z.number().positive(),
});

export const themeSchema = z.object({
  slug,
  name: z.string().min(1),
  keywords: z.array(weightedKeywordSchema).min(1),
});

export const taxonomySchema = z.object({
  districts: z.array(districtSchema).min(1),
  themes: z.array(themeSchema).min(1),
  /** Theme given to an article no keyword matches, so every article has one. */
  fallbackTheme: slug,
});

export const overridesSchema = z.record(
  slug,
  z
    .object({
      districts: z.array(slug).optional(),
      themes: z.array(slug).min(1).max(3).optional(),
    })
    .strict(),
);

export type Credit = z.infer<typeof creditSchema>;
export type Article = z.infer<typeof articleSchema>;
export type District = z.infer<typeof districtSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Overrides = z.infer<typeof overridesSchema>;
