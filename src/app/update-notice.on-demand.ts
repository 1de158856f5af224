import { onDemand } from '../lib/on-demand';

/** The service worker's registration and update notice: its own chunk, after the page. */
export const updateNotice = onDemand('update-notice', () => import('./update-notice.chunk'));

export const UpdateNotice = updateNotice.component((m) => m.UpdateNotice, null);
