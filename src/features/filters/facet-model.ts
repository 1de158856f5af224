import { facetCounts } from '../../archive/facet-counts';
import type { ListCounts, ListView } from '../../archive/view-schema';
import type { FacetCount } from '../../content/schema';
import { listPath } from '../../site/paths';

type FacetKind = 'district' | 'theme';

export interface FacetOption {
  slug: string;
  name: string;
  /** Articles the list would show if this option were chosen (the other facet kept). */
  count: number;
  selected: boolean;
  /** Where choosing the option leads (its first page); choosing a selected option clears it. */
  href: string;
}

function optionsFor(view: ListView, kind: FacetKind, counts: FacetCount[]): FacetOption[] {
  const options = counts.map(({ slug, name, count }) => {
    const selected = view.filter[kind] === slug;
    return { slug, name, count, selected, href: listPath({ ...view.filter, [kind]: selected ? undefined : slug }) };
  });
  // Options that lead somewhere come first, in taxonomy order; empty ones stay visible, last.
  return [...options.filter((option) => option.count > 0), ...options.filter((option) => option.count === 0)];
}

/** The facet chips of a list: its front page's counts, over the whole archive, for each choice. */
export function facetOptions(view: ListView, counts: ListCounts) {
  return {
    districts: optionsFor(view, 'district', facetCounts(view.districts, counts.districts)),
    themes: optionsFor(view, 'theme', facetCounts(view.themes, counts.themes)),
  };
}
