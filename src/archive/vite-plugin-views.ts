import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadContent } from '../content/load-content.ts';
import { embeddedViewElement, serializeState, VIEW_REQUEST_HEADER } from '../site/embedded-view.ts';
import { normalizeBase, routePathUnder } from '../site/published-url.ts';
import type { View } from './view-schema.ts';
import { buildViews } from './views.ts';

/**
 * The dev server's stand-in for prerendered pages: it answers the app's view requests
 * (`X-View-Request`) with the route's view, built in memory from the page files, and reloads the
 * browser when an editor saves one; a broken file shows as an error overlay naming its line.
 * The build does not need it: scripts/prerender.ts writes every page with its view.
 */
export function viewsPlugin(pagesDir: string): Plugin {
  const contentDir = path.resolve(pagesDir);
  let views: Map<string, View> | undefined;
  let base = '/';

  const rebuild = (): Map<string, View> => {
    const { articles, taxonomy } = loadContent(contentDir);
    views = buildViews(articles, taxonomy);
    return views;
  };

  return {
    name: 'capital-union-news:views',
    apply: 'serve',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      watchContent(server, path.dirname(contentDir), () => {
        views = undefined;
        try {
          rebuild();
          server.ws.send({ type: 'full-reload' });
        } catch (error) {
          server.ws.send({ type: 'error', err: { message: String((error as Error).message), stack: '' } });
        }
      });
      server.middlewares.use((request, response, next) => {
        if (!request.headers[VIEW_REQUEST_HEADER.toLowerCase()]) return next();
        const url = request.url?.split('?')[0] ?? '';
        const route = routePathUnder(normalizeBase(base), url);
        const view = route === undefined ? undefined : (views ?? rebuild()).get(route);
        response.statusCode = view ? 200 : 404;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(view ? embeddedViewElement(serializeState(view), url) : '');
      });
    },
  };
}

/** Pages, taxonomy and overrides all live under the content folder. */
function watchContent(server: ViteDevServer, contentRoot: string, onChange: () => void): void {
  server.watcher.add(contentRoot);
  const isContent = (file: string) => file.startsWith(contentRoot + path.sep) && /\.(txt|json)$/i.test(file);
  for (const event of ['add', 'change', 'unlink'] as const) {
    server.watcher.on(event, (file) => {
      if (isContent(file)) onChange();
    });
  }
}
