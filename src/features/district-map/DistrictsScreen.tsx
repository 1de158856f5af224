import { districtsMeta } from '../../archive/screen-head-meta';
import type { DistrictsView } from '../../archive/view-schema';
import { ScreenHeading } from '../../components/ScreenHeading';
import { AppLink } from '../../lib/app-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { listPath } from '../../site/paths';
import { DistrictMap } from './DistrictMap';

/** `/districts/`: the map over every article, and the way to each theme's map (on its list). */
export function DistrictsScreen({ view }: { view: DistrictsView }) {
  useDocumentTitle(districtsMeta.title);
  const districts = view.districts.map((district) => ({
    ...district,
    href: listPath({ district: district.slug }),
    selected: false,
  }));
  return (
    <div className="mx-auto max-w-2xl">
      <ScreenHeading className="text-2xl sm:text-3xl">区域地图</ScreenHeading>
      <p className="mt-2 text-muted">北京各区的报道有多少。点一个区，看这个区的全部报道。</p>
      <div className="mt-6">
        <DistrictMap districts={districts} caption="全部报道" />
      </div>
      <section aria-labelledby="map-themes" className="mt-8">
        <h2 id="map-themes" className="font-serif text-lg font-bold">
          按主题看
        </h2>
        <p className="mt-1 text-sm text-muted">每个主题的报道列表旁都有这个主题的区域地图。</p>
        <ul className="mt-3 flex flex-wrap gap-2">
          {view.themes
            .filter(({ count }) => count > 0)
            .map((theme) => (
              <li key={theme.slug}>
                <AppLink
                  to={listPath({ theme: theme.slug })}
                  className="inline-flex min-h-11 items-center gap-1.5 rounded-full border border-line bg-surface px-3.5 text-sm hover:border-accent hover:text-accent"
                >
                  {theme.name}
                  <span className="tabular-nums opacity-80">
                    {theme.count}
                    <span className="sr-only"> 篇</span>
                  </span>
                </AppLink>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
