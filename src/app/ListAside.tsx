import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { filterLabel } from '../archive/head-meta';
import { listCounts } from '../archive/list-counts';
import { viewQuery } from '../archive/view-query';
import type { ListCounts, ListView } from '../archive/view-schema';
import { DistrictMap } from '../features/district-map/DistrictMap';
import { FacetPanel } from '../features/filters/FacetPanel';
import { facetOptions } from '../features/filters/facet-model';
import { districtsPath } from '../site/paths';

/**
 * Beside a list: the facets, then the district map under the list's theme (collapsed into a
 * disclosure on phones, where the list comes first).
 */
export function ListAside({ view }: { view: ListView }) {
  // Only the whole list's front page carries its counts (they change daily, and other pages must
  // not): the others' come from every list's total, on the district map's page.
  const archive = useQuery({ ...viewQuery(districtsPath), enabled: !view.counts });
  const totals = archive.data?.kind === 'districts' ? archive.data.totals : undefined;
  // The panel is served without counts where they come later: filling them in is then a small
  // update, done in the background so it never holds up a tap. A front page's own hydrate at once.
  const counts = useDeferredValue(view.counts ?? (totals && listCounts(view.filter, view, totals)));
  return <ListFacets view={view} counts={counts} />;
}

function ListFacets({ view, counts }: { view: ListView; counts: ListCounts | undefined }) {
  const options = facetOptions(view, counts);
  const filtered = Boolean(view.filter.district || view.filter.theme);
  const caption = `${filterLabel(view, { theme: view.filter.theme }) ?? '全部报道'}各区篇数`;
  // The map keeps the list's theme and names every district: the facets' own options, which are
  // every district in taxonomy order.
  const map = <DistrictMap districts={options.districts} caption={caption} />;
  return (
    <>
      <FacetPanel {...options} clearHref={filtered ? '/' : undefined} />
      <details className="group mt-4 rounded-lg border border-line bg-surface lg:hidden">
        <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-4 font-serif font-bold">
          区域地图
          <span aria-hidden="true" className="ml-auto text-muted transition-transform group-open:rotate-90">
            ›
          </span>
        </summary>
        <div className="px-3 pb-3">{map}</div>
      </details>
      <section aria-labelledby="map-heading" className="mt-6 hidden lg:block">
        <h2 id="map-heading" className="mb-2 font-serif text-lg font-bold">
          区域地图
        </h2>
        {map}
      </section>
    </>
  );
}
