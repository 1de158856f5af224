import { queryOptions } from '@tanstack/react-query';
import { siteUrl } from '../../lib/site-url';
import type { FacetCount, SearchEngine } from '../../search/engine';
import type { SearchDocument } from '../../search/search-document';
import type { SearchRequest } from './search-url';

/** Results shown at first, and added by each "更多结果". */
export const RESULTS_PAGE = 20;

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

/** What one request found, with the request itself: results kept on screen show what they were found for. */
export interface FoundMatches {
  request: SearchRequest;
  terms: string[];
  ids: number[];
  districts: FacetCount[];
  themes: FacetCount[];
  /** The first page of results, so that the count, the facets and the results appear together. */
  firstPage: SearchDocument[];
}

export async function findMatches(engine: SearchEngine, request: SearchRequest, terms: string[]): Promise<FoundMatches> {
  const found = await engine.search(terms, { district: request.district, theme: request.theme });
  return { request, terms, ...found, firstPage: await engine.documents(found.ids.slice(0, RESULTS_PAGE)) };
}
