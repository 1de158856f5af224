/**
 * Cache names shared by the service worker (scripts/build-service-worker.ts) and the page:
 * the page fills them too, so what it has shown stays readable offline.
 */
export const PAGES_CACHE = 'pages';
export const DATA_CACHE = 'data';
