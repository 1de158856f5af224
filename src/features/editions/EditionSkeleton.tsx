import { LoadingRegion, SkeletonBlock } from '../../components/SkeletonBlock';

/** Shaped like an edition page: a heading, a line, then blocks of titles. */
export function EditionSkeleton() {
  return (
    <LoadingRegion className="space-y-4">
      <SkeletonBlock className="h-9 w-2/3" />
      <SkeletonBlock className="h-5 w-1/3" />
      {[0, 1, 2].map((key) => (
        <SkeletonBlock key={key} className="h-32 w-full" />
      ))}
    </LoadingRegion>
  );
}
