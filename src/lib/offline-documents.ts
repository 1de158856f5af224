import { DOCUMENTS_CACHE } from './offline-caches';

/** How many of these pages the service worker's cache holds. */
export async function countSaved(urls: readonly string[]): Promise<number> {
  const cache = await caches.open(DOCUMENTS_CACHE);
  const hits = await Promise.all(urls.map((url) => cache.match(url)));
  return hits.filter(Boolean).length;
}

/**
 * Puts pages in the cache the service worker answers from offline, a few at a time. A page
 * carries its view, so a saved page is readable both when opened and when navigated to in the app.
 */
export async function saveDocuments(
  urls: readonly string[],
  onProgress: (saved: number) => void = () => undefined,
): Promise<void> {
  const cache = await caches.open(DOCUMENTS_CACHE);
  const batchSize = 6;
  let saved = 0;
  for (let start = 0; start < urls.length; start += batchSize) {
    const batch = urls.slice(start, start + batchSize);
    await Promise.all(batch.map((url) => cache.add(url)));
    saved += batch.length;
    onProgress(saved);
  }
}

export const canSaveOffline = () => typeof window !== 'undefined' && 'caches' in window && 'serviceWorker' in navigator;
