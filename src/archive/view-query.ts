import { queryOptions, useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { APP_STATE_ID, readEmbeddedView, VIEW_REQUEST_HEADER } from '../site/embedded-view';
import { withTrailingSlash } from '../site/paths';
import { siteUrl } from '../site/site-url';
import { wholeView } from './markup-text';
import type { View } from './view-schema';

/**
 * A route's view, read from the route's own prerendered page: the page is the one file that holds
 * it, so the site has no second copy of any data and the app knows no file name but the URL.
 * Null when the route does not exist (404, or a fallback host's page for another URL).
 */
async function fetchView(path: string): Promise<View | null> {
  const url = siteUrl(path);
  const response = await fetch(url, { headers: { Accept: 'text/html', [VIEW_REQUEST_HEADER]: '1' } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const html = await response.text();
  // The offline shell carries no view: the page was never saved, which is a failure to retry later.
  if (!html.includes(`id="${APP_STATE_ID}"`)) throw new Error(`${url}: not available offline`);
  // The build checked every view against the schema, so the browser trusts it (see README).
  const embedded = readEmbeddedView(html, url);
  if (embedded === undefined) return null;
  return wholeView(embedded, () => new DOMParser().parseFromString(html, 'text/html'));
}

export const viewQuery = (path: string) =>
  queryOptions({
    queryKey: ['view', path],
    queryFn: () => fetchView(path),
  });

/** The view of the route the reader is on. */
export function useRouteView() {
  const { pathname } = useLocation();
  // The cache key is the route path as the site writes it, so /page/2 and /page/2/ share one view.
  return useQuery(viewQuery(withTrailingSlash(pathname)));
}
