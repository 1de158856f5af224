import { describe, expect, it } from 'vitest';
import { type PageLink, pageCount, pageItems, pageLinks } from './pagination.ts';

const numbers = (links: PageLink[]) => links.map((link) => ('page' in link ? link.page : '…'));

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

describe('pageLinks', () => {
  it('shows every page of a short list', () => {
    expect(numbers(pageLinks(1, 1))).toEqual([1]);
    expect(numbers(pageLinks(3, 5))).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and the pages near the current one, with gaps between', () => {
    expect(numbers(pageLinks(1, 500))).toEqual([1, 2, 3, '…', 500]);
    expect(numbers(pageLinks(250, 500))).toEqual([1, '…', 248, 249, 250, 251, 252, '…', 500]);
    expect(numbers(pageLinks(500, 500))).toEqual([1, '…', 498, 499, 500]);
  });

  it('shows a lone missing page instead of a gap', () => {
    expect(numbers(pageLinks(5, 10))).toEqual([1, 2, 3, 4, 5, 6, 7, '…', 10]);
    expect(numbers(pageLinks(6, 10))).toEqual([1, '…', 4, 5, 6, 7, 8, 9, 10]);
  });

  it('lists each page once, in order, for every position', () => {
    for (let count = 1; count <= 30; count += 1) {
      for (let current = 1; current <= count; current += 1) {
        const pages = pageLinks(current, count).flatMap((link) => ('page' in link ? [link.page] : []));
        expect(pages).toEqual([...new Set(pages)].sort((a, b) => a - b));
        expect(pages).toContain(current);
      }
    }
  });
});
