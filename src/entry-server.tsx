import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppProviders } from './app/AppProviders';
import * as listPartsModule from './app/list-parts';
import { listParts } from './app/list-parts-on-demand';
import { createQueryClient } from './app/query-client';
import * as readerToolsModule from './app/reader-tools';
import { readerTools } from './app/reader-tools-on-demand';
import { AppRoutes, basename, routeOfUrl } from './app/routes';
import * as updateNoticeModule from './app/UpdateNotice';
import { updateNotice } from './app/updates';
import { notFoundMeta } from './archive/head-meta';
import { viewMeta } from './archive/view-head-meta';
import { viewQuery } from './archive/view-query';
import { type View, viewSchema } from './archive/view-schema';
import { editionScreens } from './features/editions/on-demand';
import * as editionScreenModule from './features/editions/screens';
import { offlineSaving } from './features/offline/on-demand';
import * as saveEditionModule from './features/offline/SaveEdition';
import { searchScreens } from './features/search/on-demand';
import * as searchScreenModule from './features/search/screens';
import { fillTemplate, headTags, type SiteLocation } from './site/document-html';
import { serializeState } from './site/embedded-view';

// The prerenderer has every screen's code at hand; on-demand parts render at once.
editionScreens.provide(editionScreenModule);
searchScreens.provide(searchScreenModule);
updateNotice.provide(updateNoticeModule);
offlineSaving.provide(saveEditionModule);
readerTools.provide(readerToolsModule);
listParts.provide(listPartsModule);

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

export interface PageJob {
  /** Route path without the base, e.g. /articles/x/, or /404.html. */
  path: string;
  view?: View;
}

export interface SiteContext {
  template: string;
  site: SiteLocation;
  outDir: string;
}

/**
 * Renders one route into its file: markup, head tags and embedded view. Lives in the server
 * bundle so that prerender worker threads, which load only this bundle, can run it.
 */
export function writePage({ template, site, outDir }: SiteContext, { path, view }: PageJob): number {
  const url = `${site.base}${path.replace(/^\//, '')}`;
  // The browser trusts the view it reads, so each is checked here, as it is written, against the shared schema.
  const { html, state } = renderPage(url, view && viewSchema.parse(view));
  const meta = view ? viewMeta(view) : notFoundMeta;
  const page = fillTemplate(template, {
    head: headTags(meta, site),
    appHtml: html,
    state: state === undefined ? undefined : { json: state, url },
  });
  const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page);
  return Buffer.byteLength(page);
}
