import { LoadingRegion, SkeletonBlock } from '../../components/SkeletonBlock';

/** Shaped like the article page, so nothing jumps when the data arrives. */
export function ArticleSkeleton() {
  return (
    <LoadingRegion className="mx-auto max-w-measure">
      <SkeletonBlock className="h-11 w-24" />
      <div className="mt-4 space-y-3 border-b border-line pb-6">
        <SkeletonBlock className="h-5 w-2/3" />
        <SkeletonBlock className="h-9 w-full" />
        <SkeletonBlock className="h-6 w-3/4" />
        <SkeletonBlock className="h-5 w-1/2" />
        <SkeletonBlock className="h-11 w-1/3" />
      </div>
      <ParagraphsSkeleton />
    </LoadingRegion>
  );
}

function ParagraphsSkeleton() {
  return (
    <div className="mt-6 space-y-4">
      {[0, 1, 2].map((key) => (
        <SkeletonBlock key={key} className="h-32 w-full" />
      ))}
    </div>
  );
}
