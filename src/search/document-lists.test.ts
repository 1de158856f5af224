import { describe, expect, it } from 'vitest';
import { intersect, rankOrder, withoutRanks } from './document-lists.ts';

const list = (ids: number[], ranks: number[]) => ({ ids: Int32Array.from(ids), ranks: Uint8Array.from(ranks) });

describe('document lists', () => {
  it('intersect keeps the documents in both, with the better rank', () => {
    const both = intersect(list([1, 3, 5, 8], [3, 2, 1, 0]), list([0, 3, 5, 9], [0, 0, 3, 1]));
    expect([...both.ids]).toEqual([3, 5]);
    expect([...both.ranks]).toEqual([0, 1]);
  });

  it('withoutRanks says nothing of where a term is', () => {
    expect([...withoutRanks(list([4, 7], [0, 1])).ranks]).toEqual([3, 3]);
  });

  it('rankOrder puts title matches first, then subtitle, lead and body, newest first within each', () => {
    expect([...rankOrder(list([1, 2, 3, 4, 5, 6], [3, 0, 2, 0, 1, 3]))]).toEqual([4, 2, 5, 3, 6, 1]);
  });
});
