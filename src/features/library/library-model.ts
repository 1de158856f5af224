import {
  HISTORY_LIMIT,
  type Library,
  POSITIONS_LIMIT,
  type ReadingPosition,
  type SavedArticle,
} from './library-schema';

/** Pure steps on the stored library: each returns a new record and keeps it within its limits. */

export const isSaved = (library: Library, id: string) => library.saved.some((entry) => entry.id === id);

/** Newest saved first; saving again moves an article to the top. */
export const withSaved = (library: Library, entry: SavedArticle): Library => ({
  ...library,
  saved: [entry, ...library.saved.filter((saved) => saved.id !== entry.id)],
});

export const withoutSaved = (library: Library, id: string): Library => ({
  ...library,
  saved: library.saved.filter((saved) => saved.id !== id),
});

/** The newest `limit` entries of a record keyed by id, by a time each carries. */
function newest<V>(entries: Record<string, V>, limit: number, timeOf: (value: V) => number): Record<string, V> {
  const all = Object.entries(entries);
  if (all.length <= limit) return entries;
  // One over the limit (one more mark at a time): drop the oldest in one pass.
  if (all.length === limit + 1) {
    const oldest = all.reduce((a, b) => (timeOf(b[1]) < timeOf(a[1]) ? b : a));
    return Object.fromEntries(all.filter((pair) => pair !== oldest));
  }
  return Object.fromEntries(all.sort(([, a], [, b]) => timeOf(b) - timeOf(a)).slice(0, limit));
}

export const withRead = (library: Library, id: string, at: number): Library => ({
  ...library,
  read: newest({ ...library.read, [id]: at }, HISTORY_LIMIT, (time) => time),
});

export const withPosition = (library: Library, id: string, position: ReadingPosition): Library => ({
  ...library,
  positions: newest({ ...library.positions, [id]: position }, POSITIONS_LIMIT, ({ at }) => at),
});

/** 清除阅读记录: read marks and places go; saved articles stay. */
export const withoutHistory = (library: Library): Library => ({ ...library, read: {}, positions: {} });

/** The article the reader most recently left part-way, for 继续阅读. */
export function lastUnfinished(library: Library): ({ id: string } & ReadingPosition) | undefined {
  let last: ({ id: string } & ReadingPosition) | undefined;
  for (const [id, position] of Object.entries(library.positions)) {
    if (!position.finished && position.paragraph > 0 && (!last || position.at > last.at)) last = { id, ...position };
  }
  return last;
}
