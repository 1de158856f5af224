import { editionDocumentPaths } from '../../archive/edition-documents';
import type { EditionView } from '../../archive/view-schema';
import { siteUrl } from '../../site/site-url';

/** An edition's pages as the URLs the service worker caches them under. */
export const editionUrls = (view: EditionView) => editionDocumentPaths(view).map(siteUrl);
