import { describe, expect, it } from 'vitest';
import type { ListCounts, ListView } from '../../archive/view-schema';
import { facetOptions } from './facet-model';

function listView(filter: ListView['filter'], districts: [string, number][], themes: [string, number][]) {
  const view: ListView = {
    kind: 'list',
    filter,
    page: 2,
    pager: { pages: [3, 2, 1] },
    articles: [],
    districts: districts.map(([slug]) => ({ slug, name: slug.toUpperCase() })),
    themes: themes.map(([slug]) => ({ slug, name: slug.toUpperCase() })),
  };
  const counts: ListCounts = {
    total: 45,
    districts: Object.fromEntries(districts),
    themes: Object.fromEntries(themes),
  };
  return [view, counts] as const;
}

describe('facetOptions', () => {
  it('takes the counts the view gives and marks the chosen option', () => {
    const view = listView(
      { theme: 'women-workers' },
      [
        ['dongcheng', 1],
        ['xicheng', 4],
      ],
      [
        ['care', 2],
        ['women-workers', 3],
      ],
    );
    const { districts, themes } = facetOptions(...view);
    expect(districts.map(({ slug, name, count, selected }) => [slug, name, count, selected])).toEqual([
      ['dongcheng', 'DONGCHENG', 1, false],
      ['xicheng', 'XICHENG', 4, false],
    ]);
    expect(themes.map(({ slug, selected }) => [slug, selected])).toEqual([
      ['care', false],
      ['women-workers', true],
    ]);
  });

  it('keeps taxonomy order, options with no match in their place', () => {
    const { districts } = facetOptions(
      ...listView(
        { theme: 'care' },
        [
          ['dongcheng', 0],
          ['xicheng', 1],
          ['shunyi', 1],
        ],
        [],
      ),
    );
    expect(districts.map(({ slug, count }) => [slug, count])).toEqual([
      ['dongcheng', 0],
      ['xicheng', 1],
      ['shunyi', 1],
    ]);
  });

  it('lists every option in the same order and with the same links before its counts are there', () => {
    const [view, counts] = listView(
      { district: 'xicheng' },
      [
        ['dongcheng', 0],
        ['xicheng', 9],
      ],
      [['care', 2]],
    );
    const strip = ({ count: _count, ...rest }: { count: number | undefined }) => rest;
    const before = facetOptions(view, undefined);
    const after = facetOptions(view, counts);
    expect(before.districts.map(strip)).toEqual(after.districts.map(strip));
    expect(before.themes.map(strip)).toEqual(after.themes.map(strip));
    expect([...before.districts, ...before.themes].map(({ count }) => count)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('links each option to the front page of the combined filter, and a chosen one to its removal', () => {
    const { districts, themes } = facetOptions(
      ...listView(
        { district: 'xicheng' },
        [
          ['xicheng', 9],
          ['shunyi', 3],
        ],
        [['care', 2]],
      ),
    );
    expect(districts.find((option) => option.slug === 'shunyi')?.href).toBe('/districts/shunyi/');
    expect(districts.find((option) => option.slug === 'xicheng')?.href).toBe('/');
    expect(themes.find((option) => option.slug === 'care')?.href).toBe('/districts/xicheng/themes/care/');
  });
});
