/** The inert <script type="application/json"> that carries a prerendered page's data to the browser. */
export const APP_STATE_ID = 'app-state';

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
  if (renderedUrl === undefined) return false;
  const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);
  return withSlash(renderedUrl) === withSlash(currentPath);
}
