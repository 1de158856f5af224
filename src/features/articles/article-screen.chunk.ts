/** What `articleScreen` loads on demand (see article-screen.on-demand.ts). */
export { ArticleScreen } from './ArticleScreen';
