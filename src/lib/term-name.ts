import type { Term } from '../archive/view-schema';

export function termName(terms: readonly Term[], slug: string): string {
  return terms.find((term) => term.slug === slug)?.name ?? slug;
}
