import type { Article, Taxonomy } from '../content/schema.ts';
import type { PublishedPhoto } from '../photos/published-photo.ts';
import { districtsPath, savedPath, searchPath } from '../site/paths.ts';
import { articleViews } from './article-views.ts';
import { editionViews } from './edition-views.ts';
import { facetCounts } from './facet-counts.ts';
import { listCounts } from './list-counts.ts';
import { listViews } from './list-views.ts';
import { summarize } from './summary.ts';
import type { View } from './view-schema.ts';

/**
 * What every route of the site shows, by path: each page of each list, each article, the
 * calendars of editions, each edition and each 版面, and the search page. Built once, in time
 * linear in the archive.
 */
export function buildViews(
  articles: readonly Article[],
  taxonomy: Taxonomy,
  /** The articles' published photos, by article id (src/photos); none when the build has not published them. */
  photos: ReadonlyMap<string, PublishedPhoto[]> = new Map(),
): Map<string, View> {
  const terms = {
    districts: taxonomy.districts.map(({ slug, name }) => ({ slug, name })),
    themes: taxonomy.themes.map(({ slug, name }) => ({ slug, name })),
  };
  const summaries = articles.map((article) => summarize(article, photos.get(article.id)?.[0]));
  const lists = listViews(summaries, terms);
  const counts = listCounts({}, terms, lists.totals);
  return new Map<string, View>([
    ...lists.views,
    [
      districtsPath,
      {
        kind: 'districts',
        districts: facetCounts(terms.districts, counts.districts),
        themes: facetCounts(terms.themes, counts.themes),
        totals: lists.totals,
      },
    ],
    ...editionViews(articles, photos),
    ...articleViews(articles, terms, photos),
    [searchPath, { kind: 'search' }],
    [savedPath, { kind: 'saved' }],
  ]);
}
