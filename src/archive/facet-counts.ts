import type { FacetCount } from '../content/schema.ts';
import type { Term } from '../content/term-schema.ts';

/** Each term with its count from a list's counts, in taxonomy order; a term the counts leave out has none. */
export const facetCounts = (terms: readonly Term[], counts: Readonly<Record<string, number>>): FacetCount[] =>
  terms.map(({ slug, name }) => ({ slug, name, count: counts[slug] ?? 0 }));
