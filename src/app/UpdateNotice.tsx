import { useEffect } from 'react';
import { takeLandingPage } from './landing-page';
import { applyUpdate, registerServiceWorker, useUpdateReady } from './service-worker';

/**
 * Registers the service worker and tells the reader when a new version has been deployed; it
 * takes over only when they say so. Loaded on demand (see Shell): no first load waits for it.
 */
export function UpdateNotice() {
  const updateReady = useUpdateReady();
  useEffect(() => registerServiceWorker(takeLandingPage()), []);
  if (!updateReady) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-40 print:hidden mx-auto flex max-w-md items-center justify-between gap-4 rounded-lg border border-line bg-surface p-4 shadow-lg"
    >
      <p>网站已更新，刷新即可使用新版本。</p>
      <button
        type="button"
        onClick={applyUpdate}
        className="min-h-11 shrink-0 rounded-full bg-accent px-5 font-semibold text-accent-ink hover:opacity-90"
      >
        刷新
      </button>
    </div>
  );
}
