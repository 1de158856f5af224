import { DATA_CACHE } from '../../lib/offline-caches';

/** Above this, saving everything would cost a reader's data plan more than a tap should. */
export const SAVE_ALL_LIMIT_BYTES = 5 * 1024 * 1024;

export function canSaveOffline(): boolean {
  return typeof window !== 'undefined' && 'caches' in window && 'serviceWorker' in navigator;
}

export async function countSaved(urls: readonly string[]): Promise<number> {
  const cache = await caches.open(DATA_CACHE);
  const hits = await Promise.all(urls.map((url) => cache.match(url)));
  return hits.filter(Boolean).length;
}

/**
 * Puts every article file in the cache the service worker reads them from, a few at a time.
 * The files are content-hashed, so one already there never needs fetching again.
 */
export async function saveForOffline(urls: readonly string[], onProgress: (saved: number) => void): Promise<void> {
  const cache = await caches.open(DATA_CACHE);
  const batchSize = 6;
  let saved = 0;
  for (let start = 0; start < urls.length; start += batchSize) {
    const batch = urls.slice(start, start + batchSize);
    await Promise.all(batch.map(async (url) => (await cache.match(url)) ?? cache.add(url)));
    saved += batch.length;
    onProgress(saved);
  }
}
