/**
 * The cache of documents shared by the service worker (scripts/build-service-worker.ts) and the
 * app: the app fills it too, so what it has shown or saved stays readable offline.
 */
export const DOCUMENTS_CACHE = 'pages';
