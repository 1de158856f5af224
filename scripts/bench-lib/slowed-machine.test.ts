import { describe, expect, it } from 'vitest';
import { isSlowed } from './slowed-machine.ts';

describe('isSlowed', () => {
  it('holds a run on a machine under four fifths of the fastest seen as slowed', () => {
    expect(isSlowed(1458, 2800)).toBe(true);
    expect(isSlowed(2230, 2800)).toBe(true);
  });

  it('keeps runs within the usual spread, and the fastest itself', () => {
    expect(isSlowed(2460, 2800)).toBe(false);
    expect(isSlowed(2240, 2800)).toBe(false);
    expect(isSlowed(2800, 2800)).toBe(false);
  });

  it('keeps a run whose report has no benchmark, and any run before the first benchmark', () => {
    expect(isSlowed(undefined, 2800)).toBe(false);
    expect(isSlowed(1200, 0)).toBe(false);
  });
});
