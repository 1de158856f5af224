import type { ListFilter } from '../site/paths.ts';
import type { ListCounts, Terms } from './view-schema.ts';

/** A list's key among the totals: its district and its theme, either empty. */
export const filterKey = ({ district, theme }: ListFilter) => `${district ?? ''}/${theme ?? ''}`;

/** Each term's count, leaving out the terms with none. */
function termCounts(terms: Terms['districts'], countFor: (slug: string) => number): Record<string, number> {
  return Object.fromEntries(terms.flatMap(({ slug }) => (countFor(slug) > 0 ? [[slug, countFor(slug)]] : [])));
}

/**
 * A list's facet counts, from the totals of every list (by filterKey): its own total, and for each
 * district (theme) the total of the list with it chosen instead, the other facet kept.
 */
export function listCounts(filter: ListFilter, terms: Terms, totals: Readonly<Record<string, number>>): ListCounts {
  const sizeOf = (other: ListFilter) => totals[filterKey(other)] ?? 0;
  return {
    total: sizeOf(filter),
    districts: termCounts(terms.districts, (district) => sizeOf({ ...filter, district })),
    themes: termCounts(terms.themes, (theme) => sizeOf({ ...filter, theme })),
  };
}
