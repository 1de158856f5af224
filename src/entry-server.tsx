import { dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { Article } from './content/schema';
import type { ContentIndex } from './content/site-schema';
import { serializeState } from './app/app-state';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { basename, routes } from './app/routes';
import { articleQuery, contentIndexQuery } from './features/articles/queries';

export { indexPath } from 'virtual:content-index';

export interface RenderedPage {
  html: string;
  /** Serialized react-query cache for the page's <script type="application/json">; absent when nothing was embedded. */
  state?: string;
}

const handler = createStaticHandler(routes, { basename });

/**
 * Renders one route to HTML with react-router's static rendering and the data already in the
 * query cache, the same cache the browser rehydrates. `url` includes the deployment base.
 */
export async function renderPage(url: string, data?: { index: ContentIndex; article?: Article }): Promise<RenderedPage> {
  const context = await handler.query(new Request(new URL(url, 'http://prerender.local')));
  if (context instanceof Response) throw new Error(`${url}: the router answered with a redirect (${context.status})`);

  const queryClient = createQueryClient();
  if (data) {
    queryClient.setQueryData(contentIndexQuery.queryKey, data.index);
    const summary = data.article && data.index.articles.find((entry) => entry.id === data.article?.id);
    if (summary && data.article) queryClient.setQueryData(articleQuery(summary).queryKey, data.article);
  }
  const html = renderToString(
    <AppProviders queryClient={queryClient}>
      <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} hydrate={false} />
    </AppProviders>,
  );
  return data ? { html, state: serializeState(dehydrate(queryClient)) } : { html };
}
