import { describe, expect, it } from 'vitest';
import { readScrollPositions } from './use-scroll-restoration';

describe('readScrollPositions', () => {
  it('reads the positions stored by history entry', () => {
    expect(readScrollPositions('{"default:/":0,"a1b2:/page/2/":1840.5}')).toEqual({
      'default:/': 0,
      'a1b2:/page/2/': 1840.5,
    });
  });

  it('starts afresh from nothing, or from text that is not JSON', () => {
    expect(readScrollPositions(null)).toEqual({});
    expect(readScrollPositions('{"default:/": 12')).toEqual({});
  });

  it('keeps only what is a position, and nothing from JSON that is not a map of them', () => {
    expect(readScrollPositions('{"a:/":"300","b:/":-5,"c:/":null,"d:/":{"y":1},"e:/":1e400,"f:/":420}')).toEqual({
      'f:/': 420,
    });
    expect(readScrollPositions('[100, 200]')).toEqual({});
    expect(readScrollPositions('42')).toEqual({});
    expect(readScrollPositions('null')).toEqual({});
  });
});
