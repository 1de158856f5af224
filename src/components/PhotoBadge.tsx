export function PhotoBadge() {
  return (
    <span className="inline-block rounded bg-accent px-2 py-0.5 text-xs font-semibold tracking-wide text-accent-ink">
      图片新闻
    </span>
  );
}
