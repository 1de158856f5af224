/** What `readerTools` loads on demand (see reader-tools-on-demand.tsx): one chunk, after the page. */
export { ArticleTools } from './ArticleTools';
export { ContinueReading } from '../features/library/ContinueReading';
export { EntryMarks } from '../features/library/EntryMarks';
export { SavedScreen } from '../features/library/SavedScreen';
export { HeaderTools } from './HeaderTools';
