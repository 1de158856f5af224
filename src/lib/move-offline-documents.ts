import * as z from 'zod/mini';
import { readEmbeddedView } from '../site/embedded-view';
import { articlePath, editionPath } from '../site/paths';
import { routeOfUrlPath, siteUrl } from '../site/site-url';
import { DOCUMENTS_CACHE } from './offline-caches';

/**
 * Documents kept offline before article and edition URLs held their date (`/articles/<id>/`,
 * `/editions/2023-03-08/4/`) move to their new URLs: each is fetched again there (its links and
 * view point at the new URLs too) and the old entry dropped. Loaded on demand once the browser is
 * idle; an entry that cannot be fetched now (offline) stays, readable, for the next visit.
 */

const OLD_EDITION = /^\/editions\/(\d{4}-\d{2}-\d{2})\/(?:(\d+)\/)?$/u;
const OLD_ARTICLE = /^\/articles\/([a-z0-9-]+)\/$/u;

const articleDateSchema = z.object({
  kind: z.literal('article'),
  article: z.object({ page: z.object({ date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u))) }) }),
});

/**
 * The route path a document of the old scheme has now, given its route path and HTML (an
 * article's date is in its embedded view); undefined for a path of the current scheme.
 */
export function movedPath(path: string, html: () => string | undefined, urlPath = path): string | undefined {
  const edition = OLD_EDITION.exec(path);
  // A 版面 is now a section of its edition's document.
  if (edition?.[1]) return editionPath(edition[1]);
  const article = OLD_ARTICLE.exec(path);
  if (!article?.[1] || article[1] === 'undated') return undefined;
  const text = html();
  const view = articleDateSchema.safeParse(text === undefined ? undefined : readEmbeddedView(text, urlPath));
  return view.success ? articlePath(article[1], view.data.article.page.date) : undefined;
}

/** Moves every old-scheme document in the offline cache; returns how many moved. */
export async function moveOfflineDocuments(): Promise<number> {
  const cache = await caches.open(DOCUMENTS_CACHE);
  let moved = 0;
  for (const request of await cache.keys()) {
    const urlPath = new URL(request.url).pathname;
    const path = routeOfUrlPath(urlPath);
    if (!path || !(OLD_EDITION.test(path) || OLD_ARTICLE.test(path))) continue;
    const html = await (await cache.match(request))?.text();
    const target = movedPath(path, () => html, urlPath);
    if (!target) continue;
    try {
      await cache.add(siteUrl(target));
      await cache.delete(request);
      moved += 1;
    } catch {
      // Offline or the site unreachable: the old entry stays readable until the next visit.
    }
  }
  return moved;
}
