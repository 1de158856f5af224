import { onDemand } from '../../lib/on-demand';

/** The editions screens' chunk: a reader who only reads the news never downloads it. */
export const editionScreens = onDemand('edition-screens', () => import('./edition-screens.chunk'));

export const EditionsCalendar = editionScreens.component((m) => m.EditionsCalendar);
export const EditionScreen = editionScreens.component((m) => m.EditionScreen);
