import { LoadingRegion, SkeletonBlock } from '../../components/SkeletonBlock';

// The map's 6 × 4 cells (tile-layout.ts, whose test checks), not imported: that module would bring the whole tile table into the first load.
const TILES = Array.from({ length: 6 * 4 }, (_, tile) => tile);
const THEMES = [0, 1, 2, 3, 4];

/** Shaped like /districts/: the heading and its line, the map's grid of tiles, a row of themes. */
export function DistrictsSkeleton() {
  return (
    <LoadingRegion className="mx-auto max-w-2xl">
      <SkeletonBlock className="h-8 w-32 sm:h-9" />
      <SkeletonBlock className="mt-2 h-6 w-3/4" />
      {/* A block in every cell of the map's grid, the empty ones too: it stands as tall as the map will. */}
      <div className="mt-6 grid grid-cols-6 gap-1">
        {TILES.map((tile) => (
          <SkeletonBlock key={tile} className="h-12 rounded-md" />
        ))}
      </div>
      <SkeletonBlock className="mt-2 h-4 w-2/3" />
      <SkeletonBlock className="mt-8 h-7 w-20" />
      <SkeletonBlock className="mt-1 h-5 w-2/3" />
      <div className="mt-3 flex flex-wrap gap-2">
        {THEMES.map((theme) => (
          <SkeletonBlock key={theme} className="h-11 w-20 rounded-full" />
        ))}
      </div>
    </LoadingRegion>
  );
}
