import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import type { View } from './archive/view-schema';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { AppRoutes, basename, routeOfUrl } from './app/routes';
import { serializeState } from './lib/embedded-view';
import { viewQuery } from './lib/view-query';

export interface RenderedPage {
  html: string;
  /** The view as JSON for the page's <script type="application/json">; absent when none was given. */
  state?: string;
}

/**
 * Renders one route to HTML with react-router's StaticRouter and its view already in the query
 * cache, as the browser will have it. `url` includes the deployment base.
 */
export function renderPage(url: string, view?: View): RenderedPage {
  const queryClient = createQueryClient();
  if (view) queryClient.setQueryData(viewQuery(routeOfUrl(url)).queryKey, view);
  const html = renderToString(
    <AppProviders queryClient={queryClient}>
      <StaticRouter location={url} basename={basename}>
        <AppRoutes />
      </StaticRouter>
    </AppProviders>,
  );
  return view ? { html, state: serializeState(view) } : { html };
}
