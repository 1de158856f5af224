interface SkeletonBlockProps {
  /** Tailwind height and width utilities: the skeleton must take the space the content will. */
  className: string;
}

export function SkeletonBlock({ className }: SkeletonBlockProps) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-skeleton motion-reduce:animate-none ${className}`} />;
}
