import { editionPages } from '../../archive/edition-pages';
import type { EditionView } from '../../archive/view-schema';
import { siteUrl } from '../../lib/site-url';

/** An edition's pages as the URLs the service worker caches them under. */
export const editionUrls = (view: EditionView) => editionPages(view).map(siteUrl);
