import * as z from 'zod/mini';
import type { StoredRecord } from '../../lib/browser-storage';
import { once } from '../../lib/once';
import { datedEntries } from './library-upgrade';

/**
 * What the reader keeps in this browser: saved articles (收藏), the articles they opened (已读) and
 * where they stopped in each (resume). One localStorage record under a version.
 */

/**
 * The schemas, built on first use: zod takes a phone tens of milliseconds to build them, and a
 * first visit, with nothing stored, never reads a record.
 */
const schemas = once(() => {
  const id = z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(200));
  const time = z.number().check(z.nonnegative());
  /** The edition's date: with the id, it makes the article's URL (absent for an undated 版面). */
  const date = z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));

  /** A saved article carries what /saved/ shows, so the list reads offline and after the archive changes. */
  const savedArticle = z.object({
    id,
    date,
    title: z.string().check(z.minLength(1), z.maxLength(500)),
    subtitle: z.optional(z.string().check(z.maxLength(500))),
    /** 2023年3月8日 · 第4版 工会新闻, or 日期未注明: as the article page showed it. */
    edition: z.string().check(z.maxLength(200)),
    savedAt: time,
  });

  /** Where the reader stopped: the paragraph at the top of the window, out of how many. */
  const position = z.object({
    date,
    title: z.string().check(z.minLength(1), z.maxLength(500)),
    paragraph: z.int().check(z.nonnegative()),
    paragraphs: z.int().check(z.positive()),
    finished: z.boolean(),
    at: time,
  });

  const library = z.object({
    version: z.literal(2),
    saved: z.array(savedArticle),
    /** Article id → when it was last opened. */
    read: z.record(id, time),
    positions: z.record(id, position),
  });
  return { id, time, savedArticle, position, library };
});

type Schemas = ReturnType<typeof schemas>;
export const savedArticleSchema = (): Schemas['savedArticle'] => schemas().savedArticle;

export type SavedArticle = z.infer<Schemas['savedArticle']>;
export type ReadingPosition = z.infer<Schemas['position']>;
export type Library = z.infer<Schemas['library']>;

/** Read marks and positions beyond these are the oldest ones, dropped to keep the record small. */
export const HISTORY_LIMIT = 2000;
export const POSITIONS_LIMIT = 200;

export const emptyLibrary = (): Library => ({ version: 2, saved: [], read: {}, positions: {} });

/** Keeps every entry that still reads when the record as a whole does not: one bad entry costs only itself. */
function keepReadableEntries(stored: Record<string, unknown>): Library {
  const { id, time, savedArticle, position } = schemas();
  const entries = (value: unknown) => (typeof value === 'object' && value !== null ? Object.entries(value) : []);
  const library = emptyLibrary();
  if (Array.isArray(stored.saved)) {
    library.saved = stored.saved.flatMap((entry) => {
      const parsed = savedArticle.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  }
  for (const [key, value] of entries(stored.read)) {
    if (id.safeParse(key).success && time.safeParse(value).success) library.read[key] = value as number;
  }
  for (const [key, value] of entries(stored.positions)) {
    const parsed = position.safeParse(value);
    if (id.safeParse(key).success && parsed.success) library.positions[key] = parsed.data;
  }
  return library;
}

/** Version 2 adds each article's date, which its URL now holds (library-upgrade.ts). */
export const LIBRARY_RECORD: StoredRecord<Library> = {
  key: 'cun.library',
  schema: () => schemas().library,
  upgrades: { 1: datedEntries },
  salvage: keepReadableEntries,
  fallback: emptyLibrary,
};
