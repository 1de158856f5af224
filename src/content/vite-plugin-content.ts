import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { emitContent, type EmittedContent } from './emit.ts';
import { loadContent } from './load-content.ts';

const VIRTUAL_ID = 'virtual:content-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Runs the content pipeline inside Vite: the build emits the data files as assets,
 * the dev server serves them from memory and reloads the page when an editor saves a page file.
 * The app learns the hashed index name from `virtual:content-index`.
 */
export function contentPlugin(pagesDir: string): Plugin {
  const contentDir = path.resolve(pagesDir);
  let content: EmittedContent | undefined;
  let base = '/';

  const rebuild = (): EmittedContent => {
    const { articles, taxonomy } = loadContent(contentDir);
    content = emitContent(articles, taxonomy);
    return content;
  };
  const current = (): EmittedContent => content ?? rebuild();

  return {
    name: 'capital-union-news:content',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      content = undefined;
      this.addWatchFile(contentDir);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export const indexPath = ${JSON.stringify(current().indexPath)};`;
    },
    generateBundle() {
      // The server bundle only prerenders pages; the data files belong to the site.
      if (this.environment.config.consumer === 'server') return;
      for (const file of current().files) {
        this.emitFile({ type: 'asset', fileName: file.path, source: file.contents });
      }
    },
    configureServer(server) {
      watchContent(server, path.dirname(contentDir), () => {
        content = undefined;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        try {
          rebuild();
          server.ws.send({ type: 'full-reload' });
        } catch (error) {
          server.ws.send({ type: 'error', err: { message: String((error as Error).message), stack: '' } });
        }
      });
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? '';
        if (!url.startsWith(`${base}data/`)) return next();
        const file = current().files.find((candidate) => `${base}${candidate.path}` === url);
        if (!file) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(file.contents);
      });
    },
  };
}

/** Pages, taxonomy and overrides all live under the content folder. */
function watchContent(server: ViteDevServer, contentRoot: string, onChange: () => void): void {
  server.watcher.add(contentRoot);
  const isContent = (file: string) =>
    file.startsWith(contentRoot + path.sep) && /\.(txt|json)$/.test(file);
  for (const event of ['add', 'change', 'unlink'] as const) {
    server.watcher.on(event, (file) => {
      if (isContent(file)) onChange();
    });
  }
}
