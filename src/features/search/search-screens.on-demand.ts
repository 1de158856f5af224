import { onDemand } from '../../lib/on-demand';

/** The results page's chunk: only a reader who searches downloads it (the engine comes in a chunk of its own). */
export const searchScreens = onDemand('search-screens', () => import('./search-screens.chunk'));

// Nothing while the results page's code arrives: the search box above stays in place.
export const SearchScreen = searchScreens.component((m) => m.SearchScreen, null);
