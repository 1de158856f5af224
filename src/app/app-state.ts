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
