import { type ListFilter, listPath } from '../site/paths.ts';
import { filterKey, listCounts } from './list-counts.ts';
import { archivePageCount, archivePageItems, frontItems, PAGE_SIZE, pagerLinks } from './pagination.ts';
import type { ArticleSummary, ListView, Terms } from './view-schema.ts';

/**
 * Every list an article belongs to (all, its districts, its themes, each district with each
 * theme), in one pass: the lists keep the newspaper's order and cost time linear in the archive.
 */
function groupByFilter(summaries: readonly ArticleSummary[]): Map<string, ArticleSummary[]> {
  const groups = new Map<string, ArticleSummary[]>();
  const add = (filter: ListFilter, summary: ArticleSummary) => {
    const key = filterKey(filter);
    const group = groups.get(key);
    if (group) group.push(summary);
    else groups.set(key, [summary]);
  };
  for (const summary of summaries) {
    add({}, summary);
    for (const district of summary.districts) add({ district }, summary);
    for (const theme of summary.themes) {
      add({ theme }, summary);
      for (const district of summary.districts) add({ district, theme }, summary);
    }
  }
  return groups;
}

/** Lists with a page of their own: the whole list, each district and theme, each combination with articles. */
function listFilters(terms: Terms, groups: Map<string, unknown>): ListFilter[] {
  const combinations = terms.districts.flatMap(({ slug: district }) =>
    terms.themes.map(({ slug: theme }) => ({ district, theme })).filter((filter) => groups.has(filterKey(filter))),
  );
  return [
    {},
    ...terms.districts.map(({ slug }) => ({ district: slug })),
    ...terms.themes.map(({ slug }) => ({ theme: slug })),
    ...combinations,
  ];
}

/**
 * Every page of every list, by path, and every list's total. A front page changes only when its
 * own list does: the facet counts, which change with any list, are worked out by the app from
 * the totals (which the district map's page carries), except on the whole list's front page,
 * which changes every day anyway and so shows them without JavaScript. Archive pages hold nothing
 * that changes when a day is published (see pagination.ts).
 */
export function listViews(
  summaries: readonly ArticleSummary[],
  terms: Terms,
): { views: Map<string, ListView>; totals: Record<string, number> } {
  const groups = groupByFilter(summaries);
  const totals = Object.fromEntries([...groups].map(([key, articles]) => [key, articles.length]));
  const views = new Map<string, ListView>();
  for (const filter of listFilters(terms, groups)) {
    const articles = groups.get(filterKey(filter)) ?? [];
    const list = { kind: 'list', filter, ...terms } as const;
    const whole = filter.district === undefined && filter.theme === undefined;
    // A district with a theme shows only its newest page: its older articles are on the pages of
    // the district and of the theme, and a deep filter paged for years would add a file every few
    // days and change one every day (bench:scale).
    const combination = filter.district !== undefined && filter.theme !== undefined;
    const newest = combination ? 0 : archivePageCount(articles.length);
    views.set(listPath(filter), {
      ...list,
      pager: pagerLinks(undefined, newest),
      articles: combination ? articles.slice(0, PAGE_SIZE) : frontItems(articles),
      total: articles.length,
      ...(whole ? { counts: listCounts(filter, terms, totals) } : {}),
    });
    for (let page = 1; page <= newest; page += 1) {
      const view: ListView = {
        ...list,
        page,
        pager: pagerLinks(page, newest),
        articles: archivePageItems(articles, page),
      };
      views.set(listPath(filter, page), view);
    }
  }
  return { views, totals };
}
