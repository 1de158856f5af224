import type { ComponentProps } from 'react';
import { Suspense } from 'react';
import { FacetPanelSkeleton } from '../features/filters/FacetPanelSkeleton';
import { onDemand } from '../lib/on-demand';

/**
 * A list's facets, district map and pager, and the /districts/ screen: links, which a prerendered
 * page shows and which work before any script runs. Their code comes after the page, so the first
 * load carries none of it; React leaves their server markup in place until it is there.
 */
export const listParts = onDemand(() => import('./list-parts'));

const LoadedListAside = listParts.component((m) => m.ListAside);
const LoadedPager = listParts.component((m) => m.Pager);
export const DistrictsScreen = listParts.component((m) => m.DistrictsScreen);

export function ListAside(props: ComponentProps<typeof LoadedListAside>) {
  return (
    <Suspense fallback={<FacetPanelSkeleton />}>
      <LoadedListAside {...props} />
    </Suspense>
  );
}

export function ListPager(props: ComponentProps<typeof LoadedPager>) {
  return (
    <Suspense fallback={props.pageCount > 1 ? <div className="mt-8 h-11" /> : null}>
      <LoadedPager {...props} />
    </Suspense>
  );
}
