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
import * as z from 'zod';
import { editionDocumentPaths } from '../src/archive/edition-documents.ts';
import { editionPhotoBytes } from '../src/archive/edition-photo-bytes.ts';
import type { EditionView, View } from '../src/archive/view-schema.ts';
import { buildViews } from '../src/archive/views.ts';
import { type Content, loadContent } from '../src/content/load-content.ts';
import type { DocumentJob, SiteContext } from '../src/entry-server.tsx';
import { publishPhotos } from '../src/photos/publish-photos.ts';
import type { PublishedPhoto } from '../src/photos/published-photo.ts';
import { inlineHashesOf, type SiteLocation } from '../src/site/document-html.ts';
import { atomFeed, feedUpdated, taxonomyNames } from '../src/site/feed.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../src/site/head.ts';
import { headersFile } from '../src/site/headers-file.ts';
import { editionPath } from '../src/site/paths.ts';
import { FEED_FILE, normalizeBase } from '../src/site/published-url.ts';
import { robotsTxt } from '../src/site/robots.ts';
import { sitemapFiles } from '../src/site/sitemap.ts';
import { buildServiceWorker } from './build-service-worker.ts';
import { buildKey, writeThroughCache } from './cached-documents.ts';
import { defaultBuildCache, openDocumentCache } from './document-cache.ts';
import { openPageCache } from './page-cache.ts';
import { writeSearchIndex } from './search-segments.ts';
import { ON_DEMAND_CHUNKS_FILE } from './vite-plugins/on-demand-chunks.ts';

/** Where the site is published: SITE_URL and BASE_PATH. */
function siteLocation(): SiteLocation {
  const site = {
    siteUrl: process.env.SITE_URL ?? 'http://localhost:4173',
    base: normalizeBase(process.env.BASE_PATH ?? '/'),
  };
  if (!process.env.SITE_URL) console.warn(`SITE_URL is not set: canonical URLs, sitemap and feed use ${site.siteUrl}`);
  return site;
}

/** Reads and writes the files of the site in `outDir`; `write` returns the bytes it wrote. */
function siteFiles(outDir: string) {
  return {
    read: (path: string) => readFileSync(join(outDir, path), 'utf8'),
    write(path: string, contents: string | Uint8Array): number {
      const file = join(outDir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, contents);
      return typeof contents === 'string' ? Buffer.byteLength(contents) : contents.length;
    },
  };
}
type SiteFiles = ReturnType<typeof siteFiles>;

const onDemandChunksSchema = z.record(z.string(), z.array(z.string()));

/** The client build's list of each on-demand chunk's files (vite-plugins/on-demand-chunks.ts), taken out of the site. */
function takeOnDemandChunks(outDir: string): SiteContext['onDemandChunks'] {
  const file = join(outDir, ON_DEMAND_CHUNKS_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read (${String(error)}); run the client build (vite build) first`);
  }
  const listed = onDemandChunksSchema.safeParse(json);
  if (!listed.success) throw new Error(`${file}: not a list of chunk files (${listed.error.message}); build again`);
  rmSync(file);
  return listed.data;
}

/** Pages a worker is sent at a time: enough to keep it busy, few enough that no thread holds the archive's views. */
const BATCH = 200;

/**
 * Writes pages on every core: rendering dominates the build, and pages do not depend on each other.
 * Each worker is sent a batch at a time and the next when it answers, so a worker holds a copy of
 * a batch's views, never of its whole share of the archive (at 100,000 articles, gigabytes).
 */
async function writeInParallel(
  serverEntry: string,
  context: SiteContext,
  jobs: readonly DocumentJob[],
): Promise<Map<string, number>> {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / BATCH)));
  const sizes = new Map<string, number>();
  let next = 0;
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((done, fail) => {
          const worker = new Worker(new URL('./prerender-worker.mjs', import.meta.url), {
            workerData: { serverEntry, context },
          });
          let finished = false;
          const sendNext = () => {
            if (next >= jobs.length) {
              finished = true;
              worker.terminate().then(() => done(), fail);
              return;
            }
            worker.postMessage(jobs.slice(next, next + BATCH));
            next += BATCH;
          };
          worker.on('message', (written: [string, number][]) => {
            for (const [path, size] of written) sizes.set(path, size);
            sendNext();
          });
          worker.once('error', fail);
          worker.once('exit', (code) => {
            if (!finished) fail(new Error(`a prerender worker stopped (exit code ${code})`));
          });
          sendNext();
        }),
    ),
  );
  return sizes;
}

/**
 * An edition's offline size is what its pages weigh, so they come after the other pages (in
 * `written`), and what its photos weigh: each edition with its size, then the front page with the
 * newest edition's, then the 404 page. Adds their sizes to `written`.
 */
async function writeEditionsAndFront(
  views: Map<string, View>,
  photos: ReadonlyMap<string, PublishedPhoto[]>,
  written: Map<string, number>,
  writeDocuments: (jobs: DocumentJob[]) => Promise<Map<string, number>>,
): Promise<void> {
  const offlineSize = (view: EditionView) => ({
    bytes: editionDocumentPaths(view).reduce((sum, path) => sum + (written.get(path) ?? 0), 0),
    ...editionPhotoBytes(view, photos),
  });
  const editions = [...views.values()].flatMap((view) => (view.kind === 'edition' ? [view] : []));
  const front = views.get('/');
  const newest = editions[0];
  const jobs: DocumentJob[] = [
    ...editions.map((edition) => ({
      path: editionPath(edition.date),
      view: { ...edition, offline: offlineSize(edition) },
    })),
    ...(front?.kind === 'list'
      ? [
          {
            path: '/',
            view: newest ? { ...front, newestEdition: { date: newest.date, ...offlineSize(newest) } } : front,
          },
        ]
      : []),
    { path: '/404.html' },
  ];
  for (const [path, size] of await writeDocuments(jobs)) written.set(path, size);
}

/** The files static hosts, search engines and feed readers look for. */
function writeSiteFiles(
  files: SiteFiles,
  { site, template }: SiteContext,
  views: Map<string, View>,
  { articles, taxonomy }: Content,
  photos: ReadonlyMap<string, PublishedPhoto[]>,
): void {
  // An empty list, the search form and the reader's own 收藏 are thin pages: reachable, but not for search engines to index.
  const indexable = [...views]
    .filter(
      ([, view]) =>
        view.kind !== 'search' && view.kind !== 'saved' && (view.kind !== 'list' || view.articles.length > 0),
    )
    .map(([path]) => path);
  for (const file of sitemapFiles({ ...site, paths: indexable })) files.write(file.path, file.contents);
  files.write('robots.txt', robotsTxt(site));
  files.write(
    FEED_FILE,
    atomFeed({
      ...site,
      title: SITE_NAME,
      subtitle: SITE_DESCRIPTION,
      updated: feedUpdated(articles, process.env.SOURCE_DATE_EPOCH),
      articles,
      ...taxonomyNames(taxonomy),
      photos,
    }),
  );
  files.write('_headers', headersFile({ ...site, ...inlineHashesOf(template) }));
  // GitHub Pages would otherwise run Jekyll, which skips files and folders starting with "_".
  files.write('.nojekyll', '');
}

/** How long each step of the prerender took, reported at the end: where a build's time goes. */
const steps: string[] = [];
let stepStart = performance.now();
function stepDone(name: string): void {
  const now = performance.now();
  steps.push(`${name} ${((now - stepStart) / 1000).toFixed(1)} s`);
  stepStart = now;
}

async function main(): Promise<void> {
  const outDir = resolve(process.env.OUT_DIR ?? 'dist');
  const serverDir = `${outDir}-ssr`;
  const site = siteLocation();
  const files = siteFiles(outDir);
  const serverEntry = pathToFileURL(join(serverDir, 'entry-server.js')).href;
  const shell = files.read('index.html');
  const context: SiteContext = {
    template: shell,
    onDemandChunks: takeOnDemandChunks(outDir),
    site,
    outDir,
  };
  const contentDir = resolve(process.env.CONTENT_DIR ?? 'content/pages');
  const cacheDir = resolve(process.env.BUILD_CACHE ?? defaultBuildCache(outDir));
  const pages = openPageCache(join(cacheDir, 'pages'));
  const content = loadContent(contentDir, { buildPage: pages.build });
  pages.save();
  stepDone('content');
  const photos = await publishPhotos(content.articles, {
    pagesDir: contentDir,
    cacheDir: join(cacheDir, 'photos'),
    outDir,
  });
  stepDone('photos');
  const views = buildViews(content.articles, content.taxonomy, photos.byArticle);
  stepDone('views');
  const cache = openDocumentCache({
    dir: cacheDir,
    build: buildKey(serverDir, context),
    contentDir,
  });
  stepDone('cache key');
  const writeDocuments = (jobs: readonly DocumentJob[]) =>
    writeThroughCache(cache, outDir, jobs, (missing) => writeInParallel(serverEntry, context, missing));

  // The empty app shell: what the service worker answers offline for a page it never saw.
  files.write('shell.html', shell);
  // Editions and the front page show what other pages weigh, so they are written last.
  const pagesFirst = [...views].filter(([path, view]) => view.kind !== 'edition' && path !== '/');
  const written = await writeDocuments(pagesFirst.map(([path, view]) => ({ path, view })));
  stepDone('documents');
  // After the workers, not beside them: both want both cores, and the segment builder's tables
  // and the workers' heaps together were the build's peak memory (bench:scale at 100,000).
  const search = await writeSearchIndex(outDir, content, photos.byArticle, cache);
  stepDone('search index');
  await writeEditionsAndFront(views, photos.byArticle, written, writeDocuments);
  stepDone('editions and front page');
  writeSiteFiles(files, context, views, content, photos.byArticle);
  cache.save();
  rmSync(serverDir, { recursive: true, force: true });
  stepDone('site files and cache');
  const worker = await buildServiceWorker(outDir, cacheDir);
  stepDone('service worker');
  const bytes = [...written.values()].reduce((sum, size) => sum + size, 0);
  const reusedDocuments = cache.stats.reused - (search.segments - search.built);
  console.log(
    `${written.size} documents (${(bytes / 1024).toFixed(1)} KB) into ${outDir}, ` +
      `${written.size - reusedDocuments} rendered and ${reusedDocuments} from the build cache; ` +
      `search index of ${search.documents} articles in ${search.segments} segment(s), ${search.built} built; ` +
      `service worker precaches ${worker.count} files (${(worker.size / 1024).toFixed(1)} KB)${worker.reused ? ', from the build cache' : ''}`,
  );
  console.log(`版面 files: ${pages.stats.parsed} read, ${pages.stats.reused} from the build cache`);
  console.log(
    `photos: ${photos.photos} (${photos.encoded} encoded, ${photos.photos - photos.encoded} from the build cache), ` +
      `${photos.files} files (${(photos.bytes / 1024 / 1024).toFixed(1)} MB)`,
  );
  console.log(`prerender steps: ${steps.join(', ')}`);
}

await main();
