import { useSyncExternalStore } from 'react';
import { DOCUMENTS_CACHE, PHOTOS_CACHE } from '../lib/offline-caches';

let waitingWorker: ServiceWorker | undefined;
const listeners = new Set<() => void>();

function announceUpdate(worker: ServiceWorker): void {
  waitingWorker = worker;
  for (const listener of listeners) listener();
}

/**
 * Keeps the prerendered page the reader landed on, so a reload offline shows it. A page the worker
 * served was cached on the way; the very first one was not. It is stored from the browser's HTTP
 * cache ("force-cache" takes the copy the page arrived as, though HTML must be revalidated before
 * it is shown again), so it is not downloaded twice, and its bytes go from cache to cache without
 * passing through the page's main thread.
 */
async function keepLandingDocument(url: string): Promise<void> {
  await navigator.serviceWorker.ready;
  const cache = await caches.open(DOCUMENTS_CACHE);
  await cache.add(new Request(url, { cache: 'force-cache' }));
}

/** A new deployment's worker waits until the reader agrees to reload, so a page never mixes old and new files. */
function watchForUpdates(registration: ServiceWorkerRegistration): void {
  if (registration.waiting && navigator.serviceWorker.controller) announceUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) announceUpdate(installing);
    });
  });
}

export function registerServiceWorker(landingUrl: string | undefined): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  if (landingUrl !== undefined) void keepLandingDocument(landingUrl).catch(() => undefined);
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(watchForUpdates)
    .catch(() => undefined);
}

/**
 * Switches to the waiting worker and reloads; pages cached by the old version go with it, and so
 * do their photos, which would otherwise stay on the phone with nothing left to show them.
 */
export function applyUpdate(): void {
  if (!waitingWorker) return;
  const dropOldCaches = () => Promise.all([caches.delete(DOCUMENTS_CACHE), caches.delete(PHOTOS_CACHE)]);
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => void dropOldCaches().finally(() => window.location.reload()),
    { once: true },
  );
  // Workbox's generated worker listens for this message when it is told not to skip waiting.
  waitingWorker.postMessage({ type: 'SKIP_WAITING' });
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => waitingWorker !== undefined,
    () => false,
  );
}
