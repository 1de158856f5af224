/**
 * What the page's main thread did after its first paint, from a Lighthouse run's trace: how long
 * its tasks took (wall time, which Lighthouse's TBT is built from) and how much of that the thread
 * actually ran (CPU time). On this 2-core machine Chrome's other processes and Lighthouse's own
 * screenshots compete with the page for the cores, so a task of 5 ms of CPU can take 20 ms. The
 * blocking time counted from CPU time is the page's share of TBT; the gap to Lighthouse's figure
 * is the machine's. Reported beside TBT, never checked against a budget: Lighthouse's score is.
 */
import type { TraceEvent } from 'lighthouse';
import { z } from 'zod';

export interface MainThreadTime {
  /** The tasks' wall time over their CPU time: 1 when the thread never waited for a core. */
  wallPerCpu: number;
  /** Lighthouse's blocking-time sum (the part of each task over 50 ms, slowed as it slows the CPU), over CPU time. */
  cpuBlockingMs: number;
}

/** The names a top-level task of Chrome's main thread has in a trace. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const LONG_TASK_MS = 50;

// A task's thread time is in the trace ("tdur", µs) but not in Lighthouse's type for an event.
const threadTimeSchema = z.object({ tdur: z.number().nonnegative() });

const isPageNavigation = (event: TraceEvent) =>
  event.name === 'navigationStart' &&
  event.args.data?.isLoadingMainFrame === true &&
  (event.args.data.documentLoaderURL ?? '').startsWith('http');

/**
 * The main thread's time after first contentful paint, with the CPU slowed `cpuSlowdown` times as
 * Lighthouse simulates it; undefined when the trace shows no navigation or no first paint.
 */
export function mainThreadTime(events: TraceEvent[], cpuSlowdown: number): MainThreadTime | undefined {
  const navigation = events.findLast(isPageNavigation);
  if (!navigation) return undefined;
  const onMainThread = (event: TraceEvent) => event.pid === navigation.pid && event.tid === navigation.tid;
  const firstPaint = events.find(
    (event) => event.name === 'firstContentfulPaint' && event.pid === navigation.pid && event.ts >= navigation.ts,
  );
  if (!firstPaint) return undefined;
  const tasks = events
    .filter(
      (event) => event.ph === 'X' && TASK_NAMES.has(event.name) && onMainThread(event) && event.ts >= firstPaint.ts,
    )
    .sort((a, b) => a.ts - b.ts);
  let wall = 0;
  let cpu = 0;
  let cpuBlockingMs = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const task of tasks) {
    const threadTime = threadTimeSchema.safeParse(task);
    // A task run inside another (a nested loop) is counted with it.
    if (!threadTime.success || task.ts < lastEnd) continue;
    lastEnd = task.ts + task.dur;
    wall += task.dur;
    cpu += threadTime.data.tdur;
    cpuBlockingMs += Math.max(0, (threadTime.data.tdur / 1000) * cpuSlowdown - LONG_TASK_MS);
  }
  return cpu > 0 ? { wallPerCpu: wall / cpu, cpuBlockingMs } : undefined;
}
