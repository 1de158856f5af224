import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { archivePageCount, archivePageItems, frontItems, pagerLinks } from './pagination.ts';

/** A list of `total` articles, newest first: article `n` is the n-th oldest. */
const list = (total: number) => Array.from({ length: total }, (_, index) => total - 1 - index);

describe('list pages that stay put', () => {
  it('numbers full pages from the oldest and leaves the newest twenty to fifty-nine on the front page', () => {
    expect([0, 19, 20, 59, 60, 61, 99, 100, 10_000].map((total) => archivePageCount(total))).toEqual([
      0, 0, 0, 0, 1, 1, 1, 2, 249,
    ]);
    expect(frontItems(list(65))).toEqual(list(65).slice(0, 25));
    expect(archivePageItems(list(65), 1)).toEqual(list(40));
    expect(archivePageItems(list(65), 2)).toEqual([]);
    expect(frontItems(list(59))).toHaveLength(59);
  });

  it('shows every article once, and a page keeps its articles as the list grows', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(100), (total, added) => {
        const before = list(total);
        const pages = (items: number[]) =>
          Array.from({ length: archivePageCount(items.length) }, (_, index) => archivePageItems(items, index + 1));
        expect([...frontItems(before), ...pages(before).reverse().flat()]).toEqual(before);
        const after = list(total + added);
        for (const [index, page] of pages(before).entries()) expect(archivePageItems(after, index + 1)).toEqual(page);
      }),
    );
  });

  it('links the front page to the newest pages and the oldest, and a page to its neighbours', () => {
    expect(pagerLinks(undefined, 0)).toEqual({ pages: [] });
    expect(pagerLinks(undefined, 500)).toEqual({ older: 500, pages: [500, 1] });
    expect(pagerLinks(250, 500)).toEqual({ newer: 251, older: 249, pages: [251, 250, 249, 1] });
    expect(pagerLinks(500, 500)).toEqual({ older: 499, pages: [500, 499, 1] });
    expect(pagerLinks(1, 3)).toEqual({ newer: 2, pages: [2, 1] });
  });

  it("changes a page's links once more, when the page after it fills, and never again", () => {
    const page = 10;
    const links = [10, 11, 12, 13, 14].map((newest) => JSON.stringify(pagerLinks(page, newest)));
    expect(new Set(links).size).toBe(2);
    expect(links[1]).toBe(links[4]);
  });
});
