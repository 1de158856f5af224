/**
 * The cache of documents shared by the service worker (scripts/build-service-worker.ts) and the
 * app: the app fills it too, so what it has shown or saved stays readable offline.
 */
export const DOCUMENTS_CACHE = 'pages';

/**
 * The photos of what the reader saved for offline reading, at the width their screen needs: only
 * the app fills it (offline-photos.ts), the service worker answers from it.
 */
export const PHOTOS_CACHE = 'photos';
