import type { Term } from '../content/term-schema.ts';
import { type ListFilter, listPath } from '../site/paths.ts';
import { archivePageCount, archivePageItems, frontItems, pagerLinks } from './pagination.ts';
import type { ArticleSummary, ListCounts, ListView, Terms } from './view-schema.ts';

const filterKey = ({ district, theme }: ListFilter) => `${district ?? ''}/${theme ?? ''}`;

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

/** Each term's count, leaving out the terms with none. */
function termCounts(terms: readonly Term[], countFor: (slug: string) => number): Record<string, number> {
  return Object.fromEntries(terms.flatMap(({ slug }) => (countFor(slug) > 0 ? [[slug, countFor(slug)]] : [])));
}

/**
 * Every page of every list, by path: its front page, with the counts over the whole archive, and
 * its archive pages, which hold nothing that changes when a day is published (see pagination.ts).
 */
export function listViews(summaries: readonly ArticleSummary[], terms: Terms): Map<string, ListView> {
  const groups = groupByFilter(summaries);
  const sizeOf = (filter: ListFilter) => groups.get(filterKey(filter))?.length ?? 0;
  const views = new Map<string, ListView>();
  for (const filter of listFilters(terms, groups)) {
    const articles = groups.get(filterKey(filter)) ?? [];
    const counts: ListCounts = {
      total: articles.length,
      districts: termCounts(terms.districts, (district) => sizeOf({ ...filter, district })),
      themes: termCounts(terms.themes, (theme) => sizeOf({ ...filter, theme })),
    };
    const newest = archivePageCount(articles.length);
    const list = { kind: 'list', filter, ...terms } as const;
    views.set(listPath(filter), {
      ...list,
      pager: pagerLinks(undefined, newest),
      articles: frontItems(articles),
      counts,
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
  return views;
}
