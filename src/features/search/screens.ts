/** What `searchScreens` loads on demand (see on-demand.ts). */
export { SearchScreen } from './SearchScreen';
export { searchEngineQuery } from './search-queries';
