import { APP_STATE_ID } from '../site/embedded-view';

let landingUrl: string | undefined;

/**
 * Notes the prerendered page the reader landed on when no service worker controls it yet: no
 * worker cached it on the way, so it must be stored once one is ready. Call at start, before a
 * new worker claims the page and before the reader moves on in the app.
 */
export function noteLandingDocument(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (navigator.serviceWorker.controller || !document.getElementById(APP_STATE_ID)) return;
  landingUrl = window.location.href;
}

/** The landing page's URL, once: the worker stores it a single time. */
export function takeLandingDocument(): string | undefined {
  const url = landingUrl;
  landingUrl = undefined;
  return url;
}
