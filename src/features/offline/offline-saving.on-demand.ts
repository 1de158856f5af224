import { onDemand } from '../../lib/on-demand';

/**
 * The box that saves an edition comes in its own chunk, after the page: meanwhile a prerendered
 * page shows the box's markup (React leaves a suspended part's server markup in place until its
 * code is there), and the first load carries none of its code.
 */
export const offlineSaving = onDemand('offline-saving', () => import('./offline-saving.chunk'));

export const SaveEdition = offlineSaving.component((m) => m.SaveEdition, null);
