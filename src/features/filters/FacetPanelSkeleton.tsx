import { SkeletonBlock } from '../../components/SkeletonBlock';

/** Same rows as the real panel, so the list below it stays put while the panel's code arrives. */
export function FacetPanelSkeleton() {
  return (
    <div className="space-y-4" aria-hidden="true">
      <SkeletonBlock className="h-11 w-16" />
      {[0, 1].map((group) => (
        <div key={group}>
          <SkeletonBlock className="mb-3.5 h-5 w-10" />
          {/* The chips row is padded as the real one (py-1.5): mb-3.5 above, pb-1.5 below. */}
          <div className="flex gap-2 overflow-hidden pb-1.5">
            {[0, 1, 2, 3, 4].map((chip) => (
              <SkeletonBlock key={chip} className="h-11 w-20 shrink-0 rounded-full" />
            ))}
          </div>
        </div>
      ))}
      {/* On phones the district map follows as a closed disclosure (ListAside): its height, so the list below stays put. */}
      <SkeletonBlock className="mt-4 h-[46px] rounded-lg lg:hidden" />
    </div>
  );
}
