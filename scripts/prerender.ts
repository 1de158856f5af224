/**
 * Turns the built app into a static site: one HTML file per route with its content, head tags
 * and embedded data, then the files static hosts and feed readers look for, then the service worker.
 * Runs after `vite build` and `vite build --ssr src/entry-server.tsx` (see `npm run build`).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { inlineHashesOf, inlineStylesheet, type SiteLocation } from '../src/app/document-html.ts';
import { editionPages } from '../src/archive/edition-pages.ts';
import type { EditionView, View } from '../src/archive/view-schema.ts';
import { buildViews } from '../src/archive/views.ts';
import { loadContent } from '../src/content/load-content.ts';
import type { PageJob, SiteContext } from '../src/entry-server.tsx';
import { SITE_DESCRIPTION, SITE_NAME } from '../src/lib/page-meta.ts';
import { editionPath } from '../src/lib/routes.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { SEARCH_MANIFEST } from '../src/search/index-format.ts';
import { searchDocuments } from '../src/search/search-documents.ts';
import { atomFeed, taxonomyNames } from '../src/site/feed.ts';
import { headersFile } from '../src/site/headers-file.ts';
import { FEED_FILE, normalizeBase } from '../src/site/published-url.ts';
import { robotsTxt } from '../src/site/robots.ts';
import { sitemapFiles } from '../src/site/sitemap.ts';
import { buildServiceWorker } from './build-service-worker.ts';

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

interface ServerEntry {
  writePage(context: SiteContext, job: PageJob): number;
}

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const serverDir = `${outDir}-ssr`;
const site: SiteLocation = {
  siteUrl: process.env.SITE_URL ?? 'http://localhost:4173',
  base: normalizeBase(process.env.BASE_PATH ?? '/'),
};
if (!process.env.SITE_URL) console.warn(`SITE_URL is not set: canonical URLs, sitemap and feed use ${site.siteUrl}`);

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
function write(path: string, contents: string | Uint8Array): number {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
  return typeof contents === 'string' ? Buffer.byteLength(contents) : contents.length;
}

const serverEntry = pathToFileURL(join(serverDir, 'entry-server.js')).href;
const server = (await import(serverEntry)) as ServerEntry;
const shell = read('index.html');
const context: SiteContext = {
  template: inlineStylesheet(shell, (href) => read(href.slice(site.base.length))),
  site,
  outDir,
};
const { articles, taxonomy } = loadContent(resolve(process.env.CONTENT_DIR ?? 'content/pages'));
const views = buildViews(articles, taxonomy);

/** Writes pages on every core: rendering dominates the build, and pages do not depend on each other. */
async function writeInParallel(jobs: readonly PageJob[]): Promise<Map<string, number>> {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / 200)));
  const share = Math.ceil(jobs.length / threads);
  const results = await Promise.all(
    Array.from({ length: threads }, (_, index) => {
      const workerData = { serverEntry, context, jobs: jobs.slice(index * share, (index + 1) * share) };
      return new Promise<[string, number][]>((done, fail) => {
        const worker = new Worker(new URL('./prerender-worker.mjs', import.meta.url), { workerData });
        worker.once('message', done);
        worker.once('error', fail);
      });
    }),
  );
  return new Map(results.flat());
}

// The empty app shell: what the service worker answers offline for a page it never saw.
write('shell.html', shell);

/**
 * An edition's offline size is what its pages weigh, so the pages come first (in parallel); then
 * each edition with its size, then the front page with the newest edition's.
 */
const [pagesFirst, editionsAndFront] = partition([...views], ([path, view]) => view.kind !== 'edition' && path !== '/');
const writing = writeInParallel(pagesFirst.map(([path, view]) => ({ path, view })));
// The search index is built on this thread while the workers render.
const search = await buildSearchIndex(searchDocuments(articles), taxonomy);
for (const [path, contents] of search.files) write(path, contents);
write(SEARCH_MANIFEST, JSON.stringify(search.manifest));
const written = await writing;
const editionBytes = (view: EditionView) => editionPages(view).reduce((sum, path) => sum + (written.get(path) ?? 0), 0);
const editions = editionsAndFront.flatMap(([, view]) => (view.kind === 'edition' ? [view] : []));
const writeOne = (path: string, view?: View) => written.set(path, server.writePage(context, { path, view }));
for (const edition of editions)
  writeOne(editionPath(edition.date), { ...edition, offline: { bytes: editionBytes(edition) } });
const front = views.get('/');
const newest = editions[0];
if (front?.kind === 'list')
  writeOne('/', newest ? { ...front, newestEdition: { date: newest.date, bytes: editionBytes(newest) } } : front);
writeOne('/404.html');
const pages = written.size;
const bytes = [...written.values()].reduce((sum, size) => sum + size, 0);

// An empty list, the search form and the reader's own 收藏 are thin pages: reachable, but not for search engines to index.
const indexable = [...views]
  .filter(([, view]) => view.kind !== 'search' && view.kind !== 'saved' && (view.kind !== 'list' || view.total > 0))
  .map(([path]) => path);
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
write('_headers', headersFile({ ...site, ...inlineHashesOf(context.template) }));
// GitHub Pages would otherwise run Jekyll, which skips files and folders starting with "_".
write('.nojekyll', '');
rmSync(serverDir, { recursive: true, force: true });

const worker = await buildServiceWorker(outDir);
console.log(
  `prerendered ${pages} pages (${(bytes / 1024).toFixed(1)} KB) into ${outDir}; ` +
    `search index of ${search.manifest.documents} articles in ${search.files.size + 1} files; ` +
    `service worker precaches ${worker.count} files (${(worker.size / 1024).toFixed(1)} KB)`,
);
