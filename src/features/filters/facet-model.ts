import type { ListCounts, ListView } from '../../archive/view-schema';
import type { Term } from '../../content/term-schema';
import { listPath } from '../../site/paths';

type FacetKind = 'district' | 'theme';
type Counts = ListCounts['districts'];

export interface FacetOption {
  slug: string;
  name: string;
  /**
   * Articles the list would show if this option were chosen (the other facet kept); undefined
   * until the counts are there (they come after the page on most lists).
   */
  count: number | undefined;
  selected: boolean;
  /** Where choosing the option leads (its first page); choosing a selected option clears it. */
  href: string;
}

/**
 * In taxonomy order, empty ones included: the chips a page is served with stay where they are
 * when the counts arrive, so none moves under the reader's finger.
 */
function optionsFor(view: ListView, kind: FacetKind, terms: readonly Term[], counts: Counts | undefined) {
  return terms.map(({ slug, name }): FacetOption => {
    const selected = view.filter[kind] === slug;
    const count = counts && (counts[slug] ?? 0);
    return { slug, name, count, selected, href: listPath({ ...view.filter, [kind]: selected ? undefined : slug }) };
  });
}

/**
 * The facet chips of a list, with its front page's counts over the whole archive for each choice,
 * or without counts while they are not there.
 */
export function facetOptions(view: ListView, counts: ListCounts | undefined) {
  return {
    districts: optionsFor(view, 'district', view.districts, counts?.districts),
    themes: optionsFor(view, 'theme', view.themes, counts?.themes),
  };
}
