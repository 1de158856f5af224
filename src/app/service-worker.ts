import { useSyncExternalStore } from 'react';
import { Workbox } from 'workbox-window';
import { PAGES_CACHE } from '../lib/offline-caches';
import { APP_STATE_ID } from './app-state';

let workbox: Workbox | undefined;
let updateReady = false;
const listeners = new Set<() => void>();

function setUpdateReady(): void {
  updateReady = true;
  for (const listener of listeners) listener();
}

/** Keeps the prerendered page the reader landed on, so a reload offline shows it. */
async function keepCurrentPage(): Promise<void> {
  if (!document.getElementById(APP_STATE_ID)) return;
  const cache = await caches.open(PAGES_CACHE);
  await cache.add(window.location.href);
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  workbox = new Workbox(`${base}sw.js`, { scope: base });
  // A new deployment's worker waits until the reader agrees to reload, so a page never mixes old and new files.
  workbox.addEventListener('waiting', setUpdateReady);
  void workbox.register().then(() => navigator.serviceWorker.ready).then(keepCurrentPage).catch(() => undefined);
}

/** Switches to the waiting worker and reloads; pages cached by the old version are dropped with it. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => {
    void caches.delete(PAGES_CACHE).finally(() => window.location.reload());
  });
  workbox.messageSkipWaiting();
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => updateReady,
    () => false,
  );
}
