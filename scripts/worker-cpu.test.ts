import { describe, expect, it } from 'vitest';
import { type CpuSample, slowedWorkerDelayMs } from './worker-cpu.ts';

/** One sample a millisecond from t=0, with the given CPU ms used in each millisecond. */
const samples = (workPerMs: number[]): CpuSample[] => {
  const result: CpuSample[] = [{ at: 0, cpuMs: 0 }];
  for (const work of workPerMs) result.push({ at: result.length, cpuMs: (result.at(-1)?.cpuMs ?? 0) + work });
  return result;
};

describe('slowedWorkerDelayMs', () => {
  it('adds nothing while the slowed work still fits in the time it had', () => {
    expect(slowedWorkerDelayMs(samples(Array(50).fill(0.2)), 50, 4)).toBe(0);
  });

  it('adds the work that would not have fitted by the time the last work ended', () => {
    // Busy half of each of 10 ms: slowed 4×, each ms brings 2 ms of work, 1 ms more than fits.
    expect(slowedWorkerDelayMs(samples([...Array(10).fill(0.5), 0, 0, 0]), 13, 4)).toBeCloseTo(10);
  });

  it('lets idle time before more work absorb the backlog', () => {
    // 10 ms of backlog, then 10 idle ms, then a short burst that fits.
    expect(slowedWorkerDelayMs(samples([...Array(10).fill(0.5), ...Array(10).fill(0), 0.2]), 21, 4)).toBeCloseTo(0);
  });

  it('leaves out work after the results were shown', () => {
    expect(slowedWorkerDelayMs(samples([0, 0, 1, 1, 1]), 2, 4)).toBe(0);
  });
});
