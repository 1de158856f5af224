/** What `searchScreens` loads on demand (see search-screens.on-demand.ts). */
export { SearchScreen } from './SearchScreen';
export { searchEngineQuery } from './search-queries';
