/**
 * Version 1 → 2 of the stored library: article URLs moved under their edition's date
 * (`/articles/2023/03/08/<id>/`), so each saved article and reading position now carries its date.
 * Version 1 kept none, but it can be recovered:
 * - a saved article's edition label (`2023年3月8日 星期三 · 第4版 …`) holds it, and 日期未注明
 *   says the 版面 had none;
 * - a position takes the date of the saved article with its id, or of the id itself when the
 *   版面 file was named by its date (`2023-03-08_04.txt` → `2023-03-08-04-…`).
 * A position whose date cannot be known is dropped: 继续阅读 could not link to it. Its read mark
 * stays, as read marks are keyed by id alone.
 */

type Fields = Record<string, unknown>;

const LABEL_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日/u;
const ID_DATE = /^(\d{4}-\d{2}-\d{2})-/u;

const twoDigits = (value: string) => value.padStart(2, '0');

/** The date an edition label names: a date, `null` for 日期未注明, `undefined` when it reads as neither. */
export function dateOfEditionLabel(label: string): string | null | undefined {
  const match = LABEL_DATE.exec(label);
  if (match) return `${match[1]}-${twoDigits(match[2] ?? '')}-${twoDigits(match[3] ?? '')}`;
  return label.startsWith('日期未注明') ? null : undefined;
}

const fields = (value: unknown): Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};

/** `{ date }` for a known date, `{}` for an undated article. */
const dated = (date: string | null) => (date === null ? {} : { date });

export function datedEntries(library: Fields): Fields {
  const knownDates = new Map<string, string | null>();
  const saved = (Array.isArray(library.saved) ? library.saved : []).flatMap((value) => {
    const entry = fields(value);
    const date = typeof entry.edition === 'string' ? dateOfEditionLabel(entry.edition) : undefined;
    if (date === undefined) return [];
    if (typeof entry.id === 'string') knownDates.set(entry.id, date);
    return [{ ...entry, ...dated(date) }];
  });
  const positions = Object.entries(fields(library.positions)).flatMap(([id, value]) => {
    const date = knownDates.has(id) ? knownDates.get(id) : ID_DATE.exec(id)?.[1];
    return date === undefined ? [] : [[id, { ...fields(value), ...dated(date) }] as const];
  });
  return { ...library, version: 2, saved, positions: Object.fromEntries(positions) };
}
