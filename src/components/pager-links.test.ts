import { describe, expect, it } from 'vitest';
import { type PageLink, withGaps } from './pager-links.ts';

const shown = (links: PageLink[]) => links.map((link) => ('gap' in link ? '…' : link.page));

describe('withGaps', () => {
  it('puts a gap wherever pages are left out, and nowhere else', () => {
    expect(shown(withGaps([]))).toEqual([]);
    expect(shown(withGaps([3, 2, 1]))).toEqual([3, 2, 1]);
    expect(shown(withGaps([500, 499, 1]))).toEqual([500, 499, '…', 1]);
    expect(shown(withGaps([252, 251, 250, 249, 248, 1]))).toEqual([252, 251, 250, 249, 248, '…', 1]);
  });
});
