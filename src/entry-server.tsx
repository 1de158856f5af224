import { dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import type { Article } from './content/schema';
import type { ContentIndex } from './content/site-schema';
import { serializeState } from './app/app-state';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { AppRoutes, basename } from './app/routes';
import { articleQuery, contentIndexQuery } from './features/articles/queries';

export { indexPath } from 'virtual:content-index';

export interface RenderedPage {
  html: string;
  /** Serialized react-query cache for the page's <script type="application/json">; absent when nothing was embedded. */
  state?: string;
}

/**
 * Renders one route to HTML with react-router's StaticRouter and the data already in the
 * query cache, the same cache the browser rehydrates. `url` includes the deployment base.
 */
export function renderPage(url: string, data?: { index: ContentIndex; article?: Article }): RenderedPage {
  const queryClient = createQueryClient();
  if (data) {
    queryClient.setQueryData(contentIndexQuery.queryKey, data.index);
    const summary = data.article && data.index.articles.find((entry) => entry.id === data.article?.id);
    if (summary && data.article) queryClient.setQueryData(articleQuery(summary).queryKey, data.article);
  }
  const html = renderToString(
    <AppProviders queryClient={queryClient}>
      <StaticRouter location={url} basename={basename}>
        <AppRoutes />
      </StaticRouter>
    </AppProviders>,
  );
  return data ? { html, state: serializeState(dehydrate(queryClient)) } : { html };
}
