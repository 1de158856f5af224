import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadContent } from '../content/load-content.ts';
import { publishPhotos } from '../photos/publish-photos.ts';
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
export function viewsPlugin(pagesDir: string, photosDir: string): Plugin {
  const contentDir = path.resolve(pagesDir);
  let views: Promise<Map<string, View>> | undefined;
  let base = '/';

  // Photos are encoded as the build encodes them (cached in photosDir/cache) and served from photosDir/site.
  const rebuild = (): Promise<Map<string, View>> => {
    views = (async () => {
      const { articles, taxonomy } = loadContent(contentDir);
      const site = path.join(photosDir, 'site');
      const photos = await publishPhotos(articles, {
        pagesDir: contentDir,
        cacheDir: path.join(photosDir, 'cache'),
        outDir: site,
      });
      return buildViews(articles, taxonomy, photos.byArticle);
    })();
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
        rebuild().then(
          () => server.ws.send({ type: 'full-reload' }),
          (error: Error) => server.ws.send({ type: 'error', err: { message: String(error.message), stack: '' } }),
        );
      });
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? '';
        const route = routePathUnder(normalizeBase(base), url);
        // A photo's route path gains a trailing slash; its file name is the route without it.
        if (route?.startsWith(`/${PHOTOS}/`)) {
          servePhoto(path.join(photosDir, 'site'), route.replace(/\/$/, ''), response).catch(next);
          return;
        }
        if (!request.headers[VIEW_REQUEST_HEADER.toLowerCase()]) return next();
        (views ?? rebuild()).then((built) => {
          const view = route === undefined ? undefined : built.get(route);
          response.statusCode = view ? 200 : 404;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(view ? embeddedViewElement(serializeState(view), url) : '');
        }, next);
      });
    },
  };
}

const PHOTOS = 'photos';
const PHOTO_TYPES: Record<string, string> = { '.avif': 'image/avif', '.webp': 'image/webp', '.jpg': 'image/jpeg' };

/** A published photo file from the dev server's photo folder; 404 for anything else. */
async function servePhoto(site: string, route: string, response: import('node:http').ServerResponse): Promise<void> {
  const file = path.join(site, path.normalize(route));
  const type = PHOTO_TYPES[path.extname(file)];
  const bytes = type && file.startsWith(site + path.sep) ? await readFile(file).catch(() => undefined) : undefined;
  response.statusCode = bytes ? 200 : 404;
  if (bytes && type) response.setHeader('Content-Type', type);
  response.end(bytes);
}

/** Pages, their photos, taxonomy and overrides all live under the content folder. */
function watchContent(server: ViteDevServer, contentRoot: string, onChange: () => void): void {
  server.watcher.add(contentRoot);
  const isContent = (file: string) =>
    file.startsWith(contentRoot + path.sep) && /\.(txt|json|jpe?g|png|webp|avif|heic)$/i.test(file);
  for (const event of ['add', 'change', 'unlink'] as const) {
    server.watcher.on(event, (file) => {
      if (isContent(file)) onChange();
    });
  }
}
