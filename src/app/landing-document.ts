import { APP_STATE_ID } from '../site/embedded-view';

let landingDocument: string | undefined;

/**
 * Keeps the landing page's markup as the server sent it, when the service worker will have to
 * store it (no worker controls the page yet). Call before hydration changes the markup: the
 * worker's code arrives later, on demand.
 */
export function captureLandingDocument(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (navigator.serviceWorker.controller || !document.getElementById(APP_STATE_ID)) return;
  landingDocument = `<!doctype html>\n${document.documentElement.outerHTML}`;
}

/** The captured markup, once: the worker stores it a single time. */
export function takeLandingDocument(): string | undefined {
  const page = landingDocument;
  landingDocument = undefined;
  return page;
}
