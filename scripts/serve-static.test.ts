import { describe, expect, it } from 'vitest';
import { requestedRange } from './serve-static.ts';

describe('the static server reads a Range header as hosts do', () => {
  it('gives the bytes of one range, open at either end', () => {
    expect(requestedRange('bytes=0-3', 10)).toEqual({ start: 0, end: 4 });
    expect(requestedRange('bytes=4-', 10)).toEqual({ start: 4, end: 10 });
    expect(requestedRange('bytes=-3', 10)).toEqual({ start: 7, end: 10 });
    expect(requestedRange('bytes=8-20', 10)).toEqual({ start: 8, end: 10 });
  });

  it('sends the whole file for no range or several, and refuses a range past the end', () => {
    expect(requestedRange(undefined, 10)).toBeUndefined();
    expect(requestedRange('bytes=0-1,4-5', 10)).toBeUndefined();
    expect(requestedRange('bytes=-', 10)).toBeUndefined();
    expect(requestedRange('bytes=10-12', 10)).toBe('unsatisfiable');
  });
});
