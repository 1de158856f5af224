/**
 * A prerendered page carries the data of the view it shows in an inert
 * `<script type="application/json" id="app-state" data-url="…">`: the browser hydrates from it,
 * and an in-app navigation fetches the target page and reads the same element.
 */
import { withTrailingSlash } from './paths.ts';

export const APP_STATE_ID = 'app-state';

/** Sent with the app's own page requests; the dev server answers them with the view alone. */
export const VIEW_REQUEST_HEADER = 'X-View-Request';

/** JSON that cannot close its <script> element early, whatever the articles say. */
export function serializeState(state: unknown): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Whether prerendered markup rendered for `renderedUrl` belongs at `currentPath`. A host with a
 * single-page fallback answers `/districts/shunyi` (no trailing slash) or any deep URL with the
 * list's HTML; hydrating that as another route is a mismatch, so such a page renders afresh.
 */
export function isPrerenderedFor(renderedUrl: string | undefined, currentPath: string): boolean {
  return renderedUrl !== undefined && withTrailingSlash(renderedUrl) === withTrailingSlash(currentPath);
}

/** The view element's text (escaped JSON) and the URL it was rendered for. */
export function embeddedViewElement(json: string, url: string): string {
  const attribute = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<script type="application/json" id="${APP_STATE_ID}" data-url="${attribute}">${json}</script>`;
}

const EMBEDDED = new RegExp(`<script type="application/json" id="${APP_STATE_ID}" data-url="([^"]*)">([^<]*)</script>`);

/** The JSON a fetched page embeds, when the page was rendered for `url`; undefined otherwise. */
export function readEmbeddedView(html: string, url: string): unknown {
  const match = EMBEDDED.exec(html);
  if (!match || !isPrerenderedFor(match[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&'), url)) return undefined;
  return JSON.parse(match[2] ?? 'null');
}
