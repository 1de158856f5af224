/** What `offlineSaving` loads on demand (see offline-saving.on-demand.ts). */

export { SaveEdition } from './SaveEdition';
