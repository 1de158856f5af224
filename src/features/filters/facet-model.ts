import type { ArticleSummary, ContentIndex, TaxonomyTerm } from '../../content/site-schema';
import { listPath, type ListFilter } from '../../lib/routes';

type FacetKind = 'district' | 'theme';

export interface FacetOption {
  slug: string;
  name: string;
  /** Articles the list would show if this option were chosen (the other facet kept). */
  count: number;
  selected: boolean;
  /** Where choosing the option leads; choosing a selected option clears it. */
  href: string;
}

const valuesOf = (article: ArticleSummary, kind: FacetKind) =>
  kind === 'district' ? article.districts : article.themes;

/** District AND theme: an article must carry every chosen facet. */
function matchesFilter(article: ArticleSummary, filter: ListFilter): boolean {
  return (
    (!filter.district || article.districts.includes(filter.district)) &&
    (!filter.theme || article.themes.includes(filter.theme))
  );
}

export function filterArticles(articles: ArticleSummary[], filter: ListFilter): ArticleSummary[] {
  return articles.filter((article) => matchesFilter(article, filter));
}

function optionsFor(index: ContentIndex, filter: ListFilter, kind: FacetKind, terms: TaxonomyTerm[]): FacetOption[] {
  // Counts ignore the facet's own choice, so every option shows what choosing it would give.
  const others = filterArticles(index.articles, { ...filter, [kind]: undefined });
  const options = terms.map(({ slug, name }) => {
    const selected = filter[kind] === slug;
    return {
      slug,
      name,
      count: others.filter((article) => valuesOf(article, kind).includes(slug)).length,
      selected,
      href: listPath({ ...filter, [kind]: selected ? undefined : slug }),
    };
  });
  // Options that lead somewhere come first, in taxonomy order; empty ones stay visible, last.
  return [...options.filter((option) => option.count > 0), ...options.filter((option) => option.count === 0)];
}

export function facetOptions(index: ContentIndex, filter: ListFilter) {
  return {
    districts: optionsFor(index, filter, 'district', index.districts),
    themes: optionsFor(index, filter, 'theme', index.themes),
  };
}

/** A filter read from the URL, or the first slug the taxonomy does not know. */
export function checkFilter(index: ContentIndex, filter: ListFilter): { unknown?: string } {
  if (filter.district && !index.districts.some((term) => term.slug === filter.district)) {
    return { unknown: filter.district };
  }
  if (filter.theme && !index.themes.some((term) => term.slug === filter.theme)) {
    return { unknown: filter.theme };
  }
  return {};
}
