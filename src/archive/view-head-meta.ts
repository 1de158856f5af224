import type { HeadMeta } from '../site/head';
import { articleMeta, listMeta } from './head-meta';
import { districtsMeta, editionMeta, editionsMeta, savedMeta, searchMeta } from './screen-head-meta';
import type { View } from './view-schema';

/** The head tags of any route, from its view. */
export function viewMeta(view: View): HeadMeta {
  switch (view.kind) {
    case 'list':
      return listMeta(view);
    case 'article':
      return articleMeta(view);
    case 'editions':
      return editionsMeta(view);
    case 'edition':
      return editionMeta(view);
    case 'search':
      return searchMeta;
    case 'saved':
      return savedMeta;
    case 'districts':
      return districtsMeta;
  }
}
