import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { DOCUMENTS_CACHE } from '../src/lib/offline-caches.ts';

/**
 * The offline service worker, written after prerendering so it sees the final files.
 * Precached: the app shell (JS, CSS, the empty shell page, icons), never the content, so a first
 * visit costs the same at any archive size. At run time: every page the reader opens, whether by
 * loading it or by an in-app navigation that reads its view (network first, so a new deployment
 * is seen at once), in the one cache "离线保存" fills too.
 */
export async function buildServiceWorker(outDir: string): Promise<{ count: number; size: number }> {
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
