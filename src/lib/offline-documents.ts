import { DOCUMENTS_CACHE } from './offline-caches';

/** How many of these URLs the cache `name` holds. */
export async function countCached(name: string, urls: readonly string[]): Promise<number> {
  const cache = await caches.open(name);
  const hits = await Promise.all(urls.map((url) => cache.match(url)));
  return hits.filter(Boolean).length;
}

/** Puts these URLs in the cache `name`, a few at a time. */
export async function cacheAll(
  name: string,
  urls: readonly string[],
  onProgress: (saved: number) => void = () => undefined,
): Promise<void> {
  const cache = await caches.open(name);
  const batchSize = 6;
  let saved = 0;
  for (let start = 0; start < urls.length; start += batchSize) {
    const batch = urls.slice(start, start + batchSize);
    await Promise.all(batch.map((url) => cache.add(url)));
    saved += batch.length;
    onProgress(saved);
  }
}

/** How many of these pages the service worker's cache holds. */
export const countSaved = (urls: readonly string[]): Promise<number> => countCached(DOCUMENTS_CACHE, urls);

/**
 * Puts pages in the cache the service worker answers from offline. A page carries its view, so a
 * saved page is readable both when opened and when navigated to in the app.
 */
export const saveDocuments = (urls: readonly string[], onProgress?: (saved: number) => void): Promise<void> =>
  cacheAll(DOCUMENTS_CACHE, urls, onProgress);

export const canSaveOffline = () => typeof window !== 'undefined' && 'caches' in window && 'serviceWorker' in navigator;
