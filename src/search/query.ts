import { foldForSearch } from './normalize.ts';

/** Longer queries are refused with a message rather than searched: no reader types a page into the box. */
export const MAX_QUERY_LENGTH = 100;

export type ParsedQuery = { kind: 'empty' } | { kind: 'too-long'; length: number } | { kind: 'terms'; terms: string[] };

/**
 * A query is its terms, split on ASCII and full-width whitespace and folded; an article matches
 * when it contains every term. Quotes and other symbols are characters like any other.
 */
export function parseQuery(query: string): ParsedQuery {
  const trimmed = query.trim();
  if (trimmed === '') return { kind: 'empty' };
  const length = [...trimmed].length;
  if (length > MAX_QUERY_LENGTH) return { kind: 'too-long', length };
  // \s covers the full-width space U+3000 too.
  const terms = [...new Set(foldForSearch(trimmed).split(/\s+/u).filter(Boolean))];
  return terms.length === 0 ? { kind: 'empty' } : { kind: 'terms', terms };
}
