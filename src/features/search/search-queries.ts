import { queryOptions } from '@tanstack/react-query';
import type { FacetCount } from '../../content/schema';
import type { SearchDocument } from '../../search/search-document';
import { SearchClient } from './engine-client';
import type { SearchRequest } from './search-url';

/** Results shown at first, and added by each "更多结果". */
export const RESULTS_PAGE = 20;

/**
 * The search engine and its index open on demand, in a worker: on the first focus of the search
 * box or on the results page, never with a page that is not searching.
 */
async function openSearchEngine(): Promise<SearchClient> {
  const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  try {
    return await SearchClient.connect(worker);
  } catch (error) {
    // A retry starts a fresh worker.
    worker.terminate();
    throw error;
  }
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
  ids: Int32Array;
  districts: FacetCount[];
  themes: FacetCount[];
  /** The first page of results, so that the count, the facets and the results appear together. */
  firstPage: SearchDocument[];
}

export async function findMatches(
  engine: SearchClient,
  request: SearchRequest,
  terms: string[],
): Promise<FoundMatches> {
  const found = await engine.find(terms, { district: request.district, theme: request.theme }, RESULTS_PAGE);
  return { request, terms, ...found };
}
