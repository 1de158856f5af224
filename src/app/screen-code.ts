import type { View } from '../archive/view-schema';
import { editionScreens } from '../features/editions/on-demand';
import { searchScreens } from '../features/search/on-demand';
import { readerTools } from './reader-tools-on-demand';

/** The on-demand code a prerendered page of each kind needs before it can hydrate (editions, edition, edition-page; search; saved). */
export const screenCodeFor = (kind: View['kind']): { preload(): Promise<unknown> } | undefined =>
  kind.startsWith('edition') ? editionScreens : kind === 'search' ? searchScreens : kind === 'saved' ? readerTools : undefined;
