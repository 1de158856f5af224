/** A district's or theme's name by its slug; the slug itself when the taxonomy has no such term. */
export function termName(terms: readonly { slug: string; name: string }[], slug: string): string {
  return terms.find((term) => term.slug === slug)?.name ?? slug;
}
