import { describe, expect, it } from 'vitest';
import { pageCount, pageItems } from './pagination.ts';

describe('pageCount and pageItems', () => {
  it('fills pages of twenty, the last one partly, and gives an empty list one page', () => {
    expect([0, 1, 20, 21, 40, 41, 10_000].map((total) => pageCount(total))).toEqual([1, 1, 1, 2, 2, 3, 500]);
  });

  it('slices the items of each page, and nothing past the end', () => {
    const items = Array.from({ length: 45 }, (_, index) => index);
    expect(pageItems(items, 1)).toEqual(items.slice(0, 20));
    expect(pageItems(items, 3)).toEqual([40, 41, 42, 43, 44]);
    expect(pageItems(items, 4)).toEqual([]);
    const pages = Array.from({ length: pageCount(items.length) }, (_, index) => pageItems(items, index + 1));
    expect(pages.flat()).toEqual(items);
  });
});
