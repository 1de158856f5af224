import type { TraceEvent } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { mainThreadTime } from './main-thread-time.ts';

const PAGE = { pid: 7, tid: 1 };

/** A trace event with what the function reads; times in µs, as traces have them. */
const event = (fields: Partial<TraceEvent> & { tdur?: number }): TraceEvent =>
  ({ cat: '', args: {}, ph: 'X', dur: 0, ts: 0, ...PAGE, name: 'RunTask', ...fields }) as TraceEvent;

const navigation = event({
  name: 'navigationStart',
  ph: 'R',
  ts: 1_000,
  args: { data: { isLoadingMainFrame: true, documentLoaderURL: 'http://127.0.0.1:4173/' } },
});
const firstPaint = event({ name: 'firstContentfulPaint', ph: 'R', ts: 100_000 });

describe('mainThreadTime', () => {
  it('sums the tasks after first paint: wall over CPU time, and blocking time from CPU time slowed 4×', () => {
    const time = mainThreadTime(
      [
        navigation,
        event({ ts: 50_000, dur: 90_000, tdur: 90_000 }), // before first paint: not counted
        firstPaint,
        event({ ts: 120_000, dur: 40_000, tdur: 20_000 }), // 20 ms of CPU: 80 ms slowed, 30 blocking
        event({ ts: 200_000, dur: 30_000, tdur: 10_000 }), // 10 ms: 40 ms slowed, not long
      ],
      4,
    );
    expect(time?.wallPerCpu).toBeCloseTo(70 / 30);
    expect(time?.cpuBlockingMs).toBeCloseTo(30);
  });

  it('counts only the page’s main thread, and a nested task with the one it runs in', () => {
    const time = mainThreadTime(
      [
        navigation,
        firstPaint,
        event({ ts: 120_000, dur: 30_000, tdur: 25_000 }),
        event({ ts: 125_000, dur: 10_000, tdur: 10_000 }), // inside the one before
        event({ ts: 130_000, dur: 60_000, tdur: 60_000, tid: 2 }), // another thread
        event({ ts: 130_000, dur: 60_000, tdur: 60_000, pid: 8 }), // another process
        event({ ts: 300_000, dur: 10_000, tdur: 5_000, name: 'Layout' }), // not a task
      ],
      4,
    );
    expect(time?.wallPerCpu).toBeCloseTo(30 / 25);
    expect(time?.cpuBlockingMs).toBeCloseTo(50);
  });

  it('gives nothing for a trace without the page’s navigation or first paint', () => {
    expect(mainThreadTime([firstPaint, event({ ts: 120_000, dur: 10_000, tdur: 10_000 })], 4)).toBeUndefined();
    expect(mainThreadTime([navigation, event({ ts: 120_000, dur: 10_000, tdur: 10_000 })], 4)).toBeUndefined();
  });
});
