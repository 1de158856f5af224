import { queryOptions } from '@tanstack/react-query';
import { indexPath } from 'virtual:content-index';
import type { Article } from '../../content/schema';
import type { ArticleSummary, ContentIndex } from '../../content/site-schema';
import { fetchJson } from '../../lib/fetch-json';
import { siteUrl } from '../../lib/site-url';

// Data files are content-hashed, so what was fetched once never goes stale (see createQueryClient).
export const contentIndexQuery = queryOptions({
  queryKey: ['content-index'],
  queryFn: () => fetchJson<ContentIndex>(siteUrl(indexPath)),
});

export const articleQuery = (summary: ArticleSummary) =>
  queryOptions({
    queryKey: ['article', summary.id],
    queryFn: () => fetchJson<Article>(siteUrl(summary.dataFile)),
  });
