import type { IndexSource } from '../../search/engine';
import { siteUrl } from '../../site/site-url';

/**
 * Ranges of segment files kept by the search worker. A service worker cannot keep them (Cache
 * Storage refuses a 206 response), so the worker files each range it fetched under a key of its
 * own. Segment files carry their content hash: a kept range never goes stale, and searches made
 * before still work offline.
 */
export const SEARCH_RANGES_CACHE = 'search-index-ranges';

/** Cache Storage, where the browser offers it (not in every private mode). */
async function rangesCache(): Promise<Cache | undefined> {
  try {
    return await caches.open(SEARCH_RANGES_CACHE);
  } catch {
    return undefined;
  }
}

const rangeKey = (url: string, start: number, end: number) => `${url}?bytes=${start}-${end - 1}`;

async function fetchRange(path: string, start: number, end: number): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(siteUrl(path), { headers: { Range: `bytes=${start}-${end - 1}` } });
  if (response.status !== 206 && response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A host that ignores Range sends the whole file.
  const range = response.status === 200 ? bytes.slice(start, end) : bytes;
  if (range.length !== end - start)
    throw new Error(`${path}: ${range.length} bytes where ${end - start} were asked for`);
  return range;
}

/** The index as the site serves it: the manifest fetched whole, segment files by HTTP Range. */
export const siteIndexSource: IndexSource = {
  async file(path) {
    const response = await fetch(siteUrl(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  },
  async range(path, start, end) {
    const key = rangeKey(new URL(siteUrl(path), location.href).href, start, end);
    const cache = await rangesCache();
    const kept = await cache?.match(key);
    if (kept) return new Uint8Array(await kept.arrayBuffer());
    const bytes = await fetchRange(path, start, end);
    // A full store only means the next search fetches the range again.
    cache?.put(key, new Response(bytes)).catch(() => undefined);
    return bytes;
  },
};

/** Where service workers before the segmented index kept whole index files. */
const WHOLE_FILES_CACHE = 'search-index';

/**
 * Drops the kept ranges of segment files the index no longer lists (merged into bigger ones), and
 * the whole files of the index before it was segmented.
 */
export async function forgetOtherSegments(current: readonly string[]): Promise<void> {
  await caches.delete(WHOLE_FILES_CACHE).catch(() => false);
  const cache = await rangesCache();
  if (!cache) return;
  const kept = new Set(current.map((path) => new URL(siteUrl(path), location.href).pathname));
  for (const request of await cache.keys()) {
    if (!kept.has(new URL(request.url).pathname)) await cache.delete(request);
  }
}
