import * as z from 'zod/mini';
import { thumbnailSchema } from '../photos/published-photo.ts';

/**
 * What search knows of an article: the fields a term may match in, and what a result shows.
 * The build writes these in chunks; the engine reads them to check candidates and show results.
 */
export const searchDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.optional(z.string()),
  date: z.optional(z.string()),
  pageNumber: z.optional(z.number()),
  pageName: z.optional(z.string()),
  districts: z.array(z.string()),
  themes: z.array(z.string()),
  /** Credited names (陈曦), without their roles. */
  credits: z.array(z.string()),
  paragraphs: z.array(z.string()),
  /** Its first photo, small, as the lists show it. */
  thumbnail: z.optional(thumbnailSchema),
});
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

/** Where a match counts most: a result ranks by the best field any of its terms was found in. */
export const FIELD_RANK = { title: 0, subtitle: 1, lead: 2, body: 3 } as const;
export type FieldRank = (typeof FIELD_RANK)[keyof typeof FIELD_RANK];

export interface SearchField {
  rank: FieldRank;
  text: string;
}

/** The fields a term must lie inside: never across two of them (a paragraph break, a title and its lead). */
export function searchFields(document: SearchDocument): SearchField[] {
  const [lead, ...body] = document.paragraphs;
  const fields: SearchField[] = [{ rank: FIELD_RANK.title, text: document.title }];
  if (document.subtitle) fields.push({ rank: FIELD_RANK.subtitle, text: document.subtitle });
  if (lead !== undefined) fields.push({ rank: FIELD_RANK.lead, text: lead });
  for (const text of [...body, ...document.credits]) fields.push({ rank: FIELD_RANK.body, text });
  return fields;
}
