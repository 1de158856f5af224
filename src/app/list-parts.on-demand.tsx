import { FacetPanelSkeleton } from '../features/filters/FacetPanelSkeleton';
import { onDemand } from '../lib/on-demand';

/**
 * A list's facets, district map, pager and note on older articles, and the /districts/ screen: links, which a prerendered
 * page shows and which work before any script runs. Their code comes after the page, so the first
 * load carries none of it; React leaves their server markup in place until it is there.
 */
export const listParts = onDemand('list-parts', () => import('./list-parts.chunk'));

export const ListAside = listParts.component((m) => m.ListAside, <FacetPanelSkeleton />);
export const ListPager = listParts.component(
  (m) => m.Pager,
  (props) => (props.links.pages.length > 0 ? <div className="mt-8 h-11" /> : null),
);
/** Below the list and its pager: nothing moves while it loads. */
export const OlderInWiderLists = listParts.component((m) => m.OlderInWiderLists, null);
/** Without a fallback: the /districts/ route's skeleton waits for it. */
export const DistrictsScreen = listParts.component((m) => m.DistrictsScreen);
