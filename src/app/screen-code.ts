import type { View } from '../archive/view-schema';
import { editionScreens } from '../features/editions/on-demand';
import { searchScreens } from '../features/search/on-demand';

/** The on-demand code a prerendered page of each kind needs before it can hydrate. */
export function screenCodeFor(kind: View['kind']): { preload(): Promise<unknown> } | undefined {
  switch (kind) {
    case 'editions':
    case 'edition':
    case 'edition-page':
      return editionScreens;
    case 'search':
      return searchScreens;
    case 'list':
    case 'article':
      return undefined;
  }
}
