import { editionDocumentPaths } from '../../archive/edition-documents';
import type { EditionView } from '../../archive/view-schema';
import { siteUrl } from '../../site/site-url';

/** The URLs of an edition's documents, as the service worker caches them. */
export const editionUrls = (view: EditionView) => editionDocumentPaths(view).map(siteUrl);
