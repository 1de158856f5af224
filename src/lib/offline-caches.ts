/**
 * The cache shared by the service worker (scripts/build-service-worker.ts) and the page: the
 * page fills it too, so what it has shown or saved stays readable offline.
 */
export const PAGES_CACHE = 'pages';
