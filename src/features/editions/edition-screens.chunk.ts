/** What `editionScreens` loads on demand (see edition-screens.on-demand.ts). */
export { EditionScreen } from './EditionScreen';
export { EditionsCalendar } from './EditionsCalendar';
