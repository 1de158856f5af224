import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateSW } from 'workbox-build';
import { z } from 'zod';
import { DOCUMENTS_CACHE, PHOTOS_CACHE } from '../src/lib/offline-caches.ts';
import { hashOf } from './document-cache.ts';

/**
 * The offline service worker, written after prerendering so it sees the final files.
 * Precached: the app shell (JS, CSS, the empty shell page, icons), never the content, so a first
 * visit costs the same at any archive size. At run time: every page the reader opens, whether by
 * loading it or by an in-app navigation that reads its view (network first, so a new deployment
 * is seen at once), in the one cache "离线保存" fills too. Photos: those saved with an edition or an
 * article, from the cache saving fills (src/lib/offline-photos.ts); others from the network.
 */
async function generateServiceWorker(outDir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['assets/**/*.{js,css}', 'shell.html', 'favicon.svg', 'icons/*.png', 'manifest.webmanifest'],
    swDest: join(outDir, 'sw.js'),
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // A page loaded, or fetched by the app for its view: one cache entry per URL either way.
        // Workbox copies this function's source into sw.js, so the header name (VIEW_REQUEST_HEADER) is written out.
        urlPattern: ({ request }) => request.mode === 'navigate' || request.headers.has('X-View-Request'),
        handler: 'NetworkFirst',
        options: {
          cacheName: DOCUMENTS_CACHE,
          networkTimeoutSeconds: 4,
          // The least recently read go first; saved editions count against the same limit.
          expiration: { maxEntries: 2_000, purgeOnQuotaError: true },
          // Offline and never visited: the shell renders the route, or says it is not saved.
          precacheFallback: { fallbackURL: 'shell.html' },
        },
      },
      {
        // A saved photo from its cache, though online too (its name holds its content's hash). The
        // worker keeps none itself: only what the reader saves, whose size they were shown.
        urlPattern: ({ request, url }) => request.destination === 'image' && url.pathname.includes('/photos/'),
        handler: 'CacheFirst',
        options: {
          cacheName: PHOTOS_CACHE,
          matchOptions: { ignoreVary: true },
          plugins: [{ cacheWillUpdate: async () => null }],
        },
      },
      {
        // The search manifest names the current segments: the network's copy when there is one. The
        // search worker keeps the ranges it reads of them itself (features/search/site-index-source.ts).
        urlPattern: ({ url }) => url.pathname.endsWith('/search-index.json'),
        handler: 'NetworkFirst',
        options: { cacheName: 'search-index-manifest', networkTimeoutSeconds: 4 },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { count, size };
}

/** The files under `folder` of the site, by path from the site's root. */
const filesUnder = (outDir: string, folder: string) =>
  existsSync(join(outDir, folder))
    ? readdirSync(join(outDir, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    : [];

/** What the worker is made from: the files it precaches (the folders its patterns name) and this module. */
function serviceWorkerInput(outDir: string): string {
  const files = [...filesUnder(outDir, 'assets'), ...filesUnder(outDir, 'icons'), 'shell.html', 'favicon.svg']
    .concat('manifest.webmanifest')
    .sort();
  const contents = files.map((file) => {
    const path = join(outDir, file);
    return `${file}:${existsSync(path) ? hashOf(readFileSync(path)) : ''}`;
  });
  return hashOf([readFileSync(new URL(import.meta.url)), ...contents].join('\n'));
}

const builtSchema = z.strictObject({ count: z.number(), size: z.number() });

function cachedFacts(file: string): { count: number; size: number } | undefined {
  try {
    const built = builtSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return built.success ? built.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The service worker, or the one built last time from the same app (kept in `cacheDir`): a day's
 * build changes no precached file, and generating the worker costs seconds.
 */
export async function buildServiceWorker(
  outDir: string,
  cacheDir: string,
): Promise<{ count: number; size: number; reused: boolean }> {
  const input = serviceWorkerInput(outDir);
  const folder = join(cacheDir, 'service-worker');
  const cached = join(folder, `${input}.js`);
  const facts = existsSync(cached) ? cachedFacts(join(folder, `${input}.json`)) : undefined;
  if (facts) {
    copyFileSync(cached, join(outDir, 'sw.js'));
    return { ...facts, reused: true };
  }
  const built = await generateServiceWorker(outDir);
  // Only the newest worker is kept.
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(outDir, 'sw.js'), cached);
  writeFileSync(join(folder, `${input}.json`), JSON.stringify(built));
  return { ...built, reused: false };
}
