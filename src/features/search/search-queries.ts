import { queryOptions } from '@tanstack/react-query';
import { siteUrl } from '../../lib/site-url';

/**
 * The search engine and its index open on demand: on the first focus of the search box or on the
 * results page, never with a page that is not searching.
 */
async function openSearchEngine() {
  const { SearchEngine } = await import('../../search/engine');
  return SearchEngine.open(async (path) => {
    const response = await fetch(siteUrl(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  });
}

export const searchEngineQuery = queryOptions({
  queryKey: ['search', 'engine'],
  queryFn: openSearchEngine,
  staleTime: Infinity,
  gcTime: Infinity,
});
