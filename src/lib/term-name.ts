import type { TaxonomyTerm } from '../content/site-schema';

export function termName(terms: TaxonomyTerm[], slug: string): string {
  return terms.find((term) => term.slug === slug)?.name ?? slug;
}
