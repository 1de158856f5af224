import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { DATA_CACHE, PAGES_CACHE } from '../src/lib/offline-caches.ts';

/**
 * The offline service worker, written after prerendering so it sees the final files.
 * Precached: the app shell (JS, CSS, the empty shell page, icons) and the content index.
 * At run time: pages the reader opens (network first, so a new deployment is seen at once)
 * and article data (cache first: their names are content hashes).
 */
export async function buildServiceWorker(outDir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['assets/**/*.{js,css}', 'shell.html', 'data/index.*.json', 'favicon.svg', 'icons/*.png', 'manifest.webmanifest'],
    swDest: join(outDir, 'sw.js'),
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGES_CACHE,
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 300 },
          // Offline and never visited: the shell renders the route from cached data.
          precacheFallback: { fallbackURL: 'shell.html' },
        },
      },
      {
        urlPattern: /\/data\/articles\/[^/]+\.json$/,
        handler: 'CacheFirst',
        // Old deployments' files are never asked for again; the least recently read go first.
        options: { cacheName: DATA_CACHE, expiration: { maxEntries: 10_000, purgeOnQuotaError: true } },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { count, size };
}
