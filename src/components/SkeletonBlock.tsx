import type { ReactNode } from 'react';

interface SkeletonBlockProps {
  /** Tailwind height and width utilities: the skeleton must take the space the content will. */
  className: string;
}

export function SkeletonBlock({ className }: SkeletonBlockProps) {
  return (
    <div aria-hidden="true" className={`animate-pulse rounded bg-skeleton motion-reduce:animate-none ${className}`} />
  );
}

/** A placeholder region: screen readers hear that it is loading, sighted readers see the shapes. */
export function LoadingRegion({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div className={className} aria-busy="true">
      <p role="status" className="sr-only">
        正在加载报道…
      </p>
      {children}
    </div>
  );
}
