/** What `readerTools` loads on demand (see reader-tools.on-demand.tsx): one chunk, after the page. */

export { ContinueReading } from '../features/library/ContinueReading';
export { EntryMarks } from '../features/library/EntryMarks';
export { SavedScreen } from '../features/library/SavedScreen';
export { ArticleTools } from './ArticleTools';
export { HeaderTools } from './HeaderTools';
