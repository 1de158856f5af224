/**
 * Chrome's CPU throttling slows only a page's own thread; a dedicated worker runs at full speed
 * ("only supported for pages, not workers"). So that the search worker does not flatter the bench,
 * this samples the CPU time its threads use (Linux's /proc schedstat, in nanoseconds) and works
 * out how much later their work would have ended on a CPU slowed as much as the page's.
 */
import { readdirSync, readFileSync } from 'node:fs';

const SAMPLE_EVERY_MS = 4;
/** Chromium names a dedicated worker's thread so (the name is cut to 15 characters). */
const WORKER_THREAD = 'DedicatedWorker';

export interface CpuSample {
  /** ms since the epoch, as `performance.timeOrigin + performance.now()` gives in the page. */
  at: number;
  /** CPU ms all worker threads have used so far. */
  cpuMs: number;
}

/** The schedstat files of every dedicated-worker thread of the renderer processes now running. */
function workerThreads(): string[] {
  const threads: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        if (readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim() === WORKER_THREAD)
          threads.push(`/proc/${pid}/task/${tid}/schedstat`);
      }
    } catch {
      // The process ended while it was being read.
    }
  }
  return threads;
}

const cpuMsOf = (schedstat: string) => {
  try {
    return Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return 0;
  }
};

/** Samples the workers' CPU time every SAMPLE_EVERY_MS until stopped; finds a worker started meanwhile. */
export function sampleWorkerCpu(): { stop: () => CpuSample[] } {
  const samples: CpuSample[] = [];
  let threads = workerThreads();
  let sinceScan = 0;
  const timer = setInterval(() => {
    if (threads.length === 0 && ++sinceScan % 20 === 0) threads = workerThreads();
    samples.push({
      at: performance.timeOrigin + performance.now(),
      cpuMs: threads.reduce((sum, thread) => sum + cpuMsOf(thread), 0),
    });
  }, SAMPLE_EVERY_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

/**
 * How much later the workers would have finished their work before `until` with their CPU slowed
 * `slowdown` times: each interval's work takes that much longer, and what does not fit waits for
 * the next. What is left when their last work before `until` ended is the delay: their answer
 * comes that much later, and the page's drawing after it with it.
 */
export function slowedWorkerDelayMs(samples: readonly CpuSample[], until: number, slowdown: number): number {
  let backlog = 0;
  let atLastWork = 0;
  for (let index = 1; index < samples.length; index += 1) {
    const [previous, sample] = [samples[index - 1], samples[index]];
    if (!previous || !sample || sample.at > until) break;
    const work = sample.cpuMs - previous.cpuMs;
    backlog = Math.max(0, backlog + slowdown * work - (sample.at - previous.at));
    // Below a tenth of a millisecond is the thread waking for nothing in particular.
    if (work > 0.1) atLastWork = backlog;
  }
  return atLastWork;
}
