import { describe, expect, it } from 'vitest';
import { type PageLink, pageLinks } from './pager-links.ts';

const numbers = (links: PageLink[]) => links.map((link) => ('page' in link ? link.page : '…'));

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
