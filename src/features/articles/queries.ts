import { queryOptions } from '@tanstack/react-query';
import { indexPath } from 'virtual:content-index';
import { articleSchema } from '../../content/schema';
import { contentIndexSchema, type ArticleSummary } from '../../content/site-schema';
import { fetchJson } from '../../lib/fetch-json';
import { siteUrl } from '../../lib/site-url';

// Data files are content-hashed, so what was fetched once never goes stale.
export const contentIndexQuery = queryOptions({
  queryKey: ['content-index'],
  queryFn: () => fetchJson(siteUrl(indexPath), contentIndexSchema),
  staleTime: Number.POSITIVE_INFINITY,
});

export const articleQuery = (summary: ArticleSummary) =>
  queryOptions({
    queryKey: ['article', summary.id],
    queryFn: () => fetchJson(siteUrl(summary.dataFile), articleSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
