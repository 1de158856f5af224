/**
 * Turns the built app into a static site: one HTML file per route with its content, head tags
 * and embedded data, then the files static hosts and feed readers look for, then the service worker.
 * Runs after `vite build` and `vite build --ssr src/entry-server.tsx` (see `npm run build`).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildViews } from '../src/archive/views.ts';
import { viewSchema, type EditionView, type View } from '../src/archive/view-schema.ts';
import { editionPages } from '../src/archive/edition-pages.ts';
import { fillTemplate, headTags, inlineStylesheet, styleHashesOf, type SiteLocation } from '../src/app/document-html.ts';
import { loadContent } from '../src/content/load-content.ts';
import { notFoundMeta, SITE_DESCRIPTION, SITE_NAME, viewMeta, type PageMeta } from '../src/lib/page-meta.ts';
import { atomFeed, taxonomyNames } from '../src/site/feed.ts';
import { headersFile } from '../src/site/headers-file.ts';
import { robotsTxt } from '../src/site/robots.ts';
import { sitemapFiles } from '../src/site/sitemap.ts';
import { FEED_FILE, normalizeBase } from '../src/site/published-url.ts';
import { buildServiceWorker } from './build-service-worker.ts';

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

interface ServerEntry {
  renderPage(url: string, view?: View): { html: string; state?: string };
}

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const serverDir = `${outDir}-ssr`;
const site: SiteLocation = {
  siteUrl: process.env.SITE_URL ?? 'http://localhost:4173',
  base: normalizeBase(process.env.BASE_PATH ?? '/'),
};
if (!process.env.SITE_URL) console.warn(`SITE_URL is not set: canonical URLs, sitemap and feed use ${site.siteUrl}`);

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
function write(path: string, contents: string): number {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
  return Buffer.byteLength(contents);
}

const server = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as ServerEntry;
const shell = read('index.html');
const template = inlineStylesheet(shell, (href) => read(href.slice(site.base.length)));
const { articles, taxonomy } = loadContent(resolve(process.env.CONTENT_DIR ?? 'content/pages'));
const views = buildViews(articles, taxonomy);

function prerender(routePath: string, meta: PageMeta, view?: View): number {
  const url = `${site.base}${routePath.replace(/^\//, '')}`;
  const { html, state } = server.renderPage(url, view);
  const page = fillTemplate(template, { head: headTags(meta, site), appHtml: html, state: state === undefined ? undefined : { json: state, url } });
  return write(routePath.endsWith('/') ? `${routePath}index.html` : routePath, page);
}

// The empty app shell: what the service worker answers offline for a page it never saw.
write('shell.html', shell);

const written = new Map<string, number>();
function writeView(path: string, view: View): void {
  // The browser trusts the views it reads, so each is checked here, once, against the shared schema.
  written.set(path, prerender(path, viewMeta(view), viewSchema.parse(view)));
}

/**
 * An edition's offline size is what its pages weigh, so the pages come first; then each
 * edition with its size, then the front page with the newest edition's.
 */
const [pagesFirst, editions] = partition([...views], ([path, view]) => view.kind !== 'edition' && path !== '/');
for (const [path, view] of pagesFirst) writeView(path, view);
const editionBytes = (view: EditionView) => editionPages(view).reduce((sum, path) => sum + (written.get(path) ?? 0), 0);
for (const [path, view] of editions) {
  if (view.kind === 'edition') writeView(path, { ...view, offline: { bytes: editionBytes(view) } });
}
const front = views.get('/');
const newest = editions.find(([, view]) => view.kind === 'edition')?.[1];
if (front?.kind === 'list') {
  writeView('/', newest?.kind === 'edition' ? { ...front, newestEdition: { date: newest.date, bytes: editionBytes(newest) } } : front);
}
written.set('/404.html', prerender('/404.html', notFoundMeta));
const pages = written.size;
const bytes = [...written.values()].reduce((sum, size) => sum + size, 0);

// An empty list is a thin page: it stays reachable, but search engines need not index it.
const indexable = [...views].filter(([, view]) => view.kind !== 'list' || view.total > 0).map(([path]) => path);
for (const file of sitemapFiles({ ...site, paths: indexable })) write(file.path, file.contents);
write('robots.txt', robotsTxt(site));
write(
  FEED_FILE,
  atomFeed({
    ...site,
    title: SITE_NAME,
    subtitle: SITE_DESCRIPTION,
    updated: process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date(),
    articles,
    ...taxonomyNames(taxonomy),
  }),
);
write('_headers', headersFile({ ...site, styleHashes: styleHashesOf(template) }));
// GitHub Pages would otherwise run Jekyll, which skips files and folders starting with "_".
write('.nojekyll', '');
rmSync(serverDir, { recursive: true, force: true });

const worker = await buildServiceWorker(outDir);
console.log(
  `prerendered ${pages} pages (${(bytes / 1024).toFixed(1)} KB) into ${outDir}; ` +
    `service worker precaches ${worker.count} files (${(worker.size / 1024).toFixed(1)} KB)`,
);
