/**
 * The median of `items` by `key`, so that one slow run (a GC, another process) does not decide a figure.
 * `value` is the middle key, or the mean of the two middle ones for an even count; `item` is the item in
 * the middle (the later of the two), for a bench that reports one run's figures together.
 */
export function median<T>(items: readonly T[], key: (item: T) => number): { value: number; item: T } {
  const sorted = items.toSorted((a, b) => key(a) - key(b));
  const item = sorted[Math.floor(sorted.length / 2)];
  if (item === undefined) throw new RangeError('the median of no runs');
  const lower = sorted.length % 2 === 0 ? (sorted[sorted.length / 2 - 1] ?? item) : item;
  return { value: (key(lower) + key(item)) / 2, item };
}
