/**
 * Lighthouse measures the machine's speed before each run (its benchmarkIndex). On this shared
 * 2-core machine a neighbour's work can cut it by half for a while, and every main-thread figure of
 * that run with it (one theme-page run went from about 200 to 1,995 ms of TBT at 1,458 against
 * 2,600): such a run measures the machine, not the page, so the bench runs it again.
 */

/** A run is slowed when its machine was under this share of the fastest one seen in the bench. */
export const SLOWED_SHARE = 0.8;

/** How often one run is tried again on a slowed machine before its figures are kept anyway. */
export const RETRIES_WHEN_SLOWED = 2;

export function isSlowed(benchmarkIndex: number | undefined, fastest: number): boolean {
  return benchmarkIndex !== undefined && benchmarkIndex < fastest * SLOWED_SHARE;
}
