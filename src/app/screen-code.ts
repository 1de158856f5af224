import type { View } from '../archive/view-schema';
import { editionScreens } from '../features/editions/on-demand';
import { searchScreens } from '../features/search/on-demand';
import { listParts } from './list-parts-on-demand';
import { readerTools } from './reader-tools-on-demand';

const screenCode: Partial<Record<View['kind'], { preload(): Promise<unknown> }>> = {
  editions: editionScreens,
  edition: editionScreens,
  'edition-page': editionScreens,
  search: searchScreens,
  saved: readerTools,
  districts: listParts,
};

/** The on-demand code a prerendered page of each kind needs before it can hydrate. (A list's facets need not wait.) */
export const screenCodeFor = (kind: View['kind']) => screenCode[kind];
