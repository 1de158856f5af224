import { describe, expect, it } from 'vitest';
import { median } from './median.ts';

const itself = (value: number) => value;

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([900, 120, 150], itself)).toEqual({ value: 150, item: 150 });
  });

  it('averages the two middle values of an even count and keeps the later item', () => {
    expect(median([4, 1, 3, 2], itself)).toEqual({ value: 2.5, item: 3 });
  });

  it('orders items by their key and returns the whole middle item', () => {
    const runs = [
      { ms: 30, count: 1 },
      { ms: 10, count: 2 },
      { ms: 20, count: 3 },
    ];
    expect(median(runs, (run) => run.ms)).toEqual({ value: 20, item: { ms: 20, count: 3 } });
  });

  it('leaves the runs it was given in their order', () => {
    const runs = [3, 1, 2];
    median(runs, itself);
    expect(runs).toEqual([3, 1, 2]);
  });

  it('refuses an empty list', () => {
    expect(() => median([], itself)).toThrow(RangeError);
  });
});
