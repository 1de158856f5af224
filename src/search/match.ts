import { foldForSearch } from './normalize.ts';
import { type FieldRank, type SearchDocument, searchFields } from './search-document.ts';

/** A document's fields, folded once for every term checked against them. */
export function foldedFields(document: SearchDocument): { rank: FieldRank; text: string }[] {
  return searchFields(document).map(({ rank, text }) => ({ rank, text: foldForSearch(text) }));
}

/**
 * What a match is: every (folded) term is a substring of one of the document's fields. The
 * result is the best rank any term was found at, or undefined when a term is missing. This is
 * both the engine's final check and the definition its tests compare the index against.
 */
export function matchRank(
  fields: readonly { rank: FieldRank; text: string }[],
  terms: readonly string[],
): FieldRank | undefined {
  let best: FieldRank | undefined;
  for (const term of terms) {
    let found: FieldRank | undefined;
    for (const field of fields) {
      if ((found === undefined || field.rank < found) && field.text.includes(term)) found = field.rank;
    }
    if (found === undefined) return undefined;
    if (best === undefined || found < best) best = found;
  }
  return best;
}
