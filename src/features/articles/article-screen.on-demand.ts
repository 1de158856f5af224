import { onDemand } from '../../lib/on-demand';

/**
 * The article screen's chunk: a first visit to a list does not download it (the browser fetches
 * it once idle), and an article's page waits for it before hydrating.
 */
export const articleScreen = onDemand('article-screen', () => import('./article-screen.chunk'));

export const ArticleScreen = articleScreen.component((m) => m.ArticleScreen);
