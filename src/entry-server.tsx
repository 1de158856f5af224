import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { AppRoutes, codeBeforeHydration } from './app/route-table';
import { notFoundMeta } from './archive/head-meta';
import { embeddedForm } from './archive/markup-text';
import { viewMeta } from './archive/view-head-meta';
import { viewQuery } from './archive/view-query';
import { type View, viewSchema } from './archive/view-schema';
import { loadEveryPart } from './lib/on-demand';
import { fillTemplate, headTags, modulePreloadTags, type SiteLocation } from './site/document-html';
import { serializeState } from './site/embedded-view';
import { documentFile } from './site/paths';
import { routeOfUrlPath, routerBasename } from './site/site-url';

/**
 * Settles once every on-demand part is loaded. The prerenderer waits for it before rendering, so
 * each part renders its content, never its placeholder. (Not a top-level await: the bundle may be
 * loaded as CommonJS when OUT_DIR lies outside the project.)
 */
export const ready: Promise<void> = loadEveryPart();

export interface RenderedDocument {
  html: string;
  /** The view as JSON for the page's <script type="application/json">; absent when none was given. */
  state?: string;
}

/**
 * Renders one route to HTML with react-router's StaticRouter and its view already in the query
 * cache, as the browser will have it. `url` includes the deployment base.
 */
export function renderDocument(url: string, view?: View): RenderedDocument {
  const queryClient = createQueryClient();
  if (view) queryClient.setQueryData(viewQuery(routeOfUrlPath(url) ?? url).queryKey, view);
  const html = renderToString(
    <AppProviders queryClient={queryClient}>
      <StaticRouter location={url} basename={routerBasename}>
        <AppRoutes />
      </StaticRouter>
    </AppProviders>,
  );
  return view ? { html, state: serializeState(embeddedForm(view)) } : { html };
}

export interface DocumentJob {
  /** Route path without the base, e.g. /articles/x/, or /404.html. */
  path: string;
  view?: View;
}

export interface SiteContext {
  template: string;
  /** Each on-demand chunk's files beyond the first load, by chunk name (the client build lists them). */
  onDemandChunks: Readonly<Record<string, readonly string[]>>;
  site: SiteLocation;
  outDir: string;
}

/** The files of the code a page of this view must have before it hydrates, to preload with the page. */
function codeToPreload(view: View | undefined, onDemandChunks: SiteContext['onDemandChunks']): readonly string[] {
  const chunk = view && codeBeforeHydration(view.kind)?.chunk;
  if (chunk === undefined) return [];
  const files = onDemandChunks[chunk];
  if (!files) throw new Error(`the client build lists no files for the on-demand chunk "${chunk}"`);
  return files;
}

/**
 * Renders one route into its file: markup, head tags and embedded view. Lives in the server
 * bundle so that prerender worker threads, which load only this bundle, can run it.
 */
export function writeDocument(
  { template, site, outDir, onDemandChunks }: SiteContext,
  { path, view }: DocumentJob,
): number {
  const url = `${site.base}${path.replace(/^\//, '')}`;
  // The browser trusts the view it reads, so each is checked here, as it is written, against the shared schema.
  const { html, state } = renderDocument(url, view && viewSchema.parse(view));
  const meta = view ? viewMeta(view) : notFoundMeta;
  const page = fillTemplate(template, {
    head: headTags(meta, site),
    screenCode: modulePreloadTags(codeToPreload(view, onDemandChunks), site.base),
    appHtml: html,
    state: state === undefined ? undefined : { json: state, url },
  });
  const file = join(outDir, documentFile(path));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page);
  return Buffer.byteLength(page);
}
