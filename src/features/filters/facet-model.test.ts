import { describe, expect, it } from 'vitest';
import type { ArticleSummary, ContentIndex } from '../../content/site-schema';
import { checkFilter, facetOptions, filterArticles } from './facet-model';

function summary(id: string, districts: string[], themes: string[]): ArticleSummary {
  return {
    id,
    source: { file: 'p.txt', line: 1 },
    page: { id: 'p' },
    order: 0,
    title: id,
    kind: 'news',
    credits: [],
    districts,
    themes,
    chars: 100,
    readingMinutes: 1,
    excerpt: '……',
    dataFile: `data/articles/${id}.json`,
  };
}

const index: ContentIndex = {
  districts: [
    { slug: 'dongcheng', name: '东城区' },
    { slug: 'xicheng', name: '西城区' },
    { slug: 'shunyi', name: '顺义区' },
  ],
  themes: [
    { slug: 'care', name: '关爱慰问' },
    { slug: 'women-workers', name: '女职工' },
  ],
  articles: [
    summary('a', ['xicheng'], ['care']),
    summary('b', ['dongcheng', 'xicheng'], ['women-workers']),
    summary('c', ['shunyi'], ['women-workers', 'care']),
    summary('d', [], ['women-workers']),
  ],
  articleBytes: 4000,
};

const ids = (articles: ArticleSummary[]) => articles.map((article) => article.id);

describe('filterArticles', () => {
  it('keeps everything without a filter', () => {
    expect(ids(filterArticles(index.articles, {}))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('combines district AND theme', () => {
    expect(ids(filterArticles(index.articles, { district: 'xicheng' }))).toEqual(['a', 'b']);
    expect(ids(filterArticles(index.articles, { district: 'xicheng', theme: 'women-workers' }))).toEqual(['b']);
    expect(ids(filterArticles(index.articles, { district: 'dongcheng', theme: 'care' }))).toEqual([]);
  });
});

describe('facetOptions', () => {
  it('counts each option as if it were chosen, keeping the other facet', () => {
    const { districts, themes } = facetOptions(index, { theme: 'women-workers' });
    expect(districts.map(({ slug, count }) => [slug, count])).toEqual([
      ['dongcheng', 1],
      ['xicheng', 1],
      ['shunyi', 1],
    ]);
    // The theme's own counts ignore the chosen theme.
    expect(themes.map(({ slug, count, selected }) => [slug, count, selected])).toEqual([
      ['care', 2],
      ['women-workers', 3, true],
    ].map(([slug, count, selected = false]) => [slug, count, selected]));
  });

  it('puts options with no match last, still listed', () => {
    const { districts } = facetOptions(index, { theme: 'care' });
    expect(districts.map(({ slug, count }) => [slug, count])).toEqual([
      ['xicheng', 1],
      ['shunyi', 1],
      ['dongcheng', 0],
    ]);
  });

  it('links each option to the combined filter, and a chosen one to its removal', () => {
    const { districts, themes } = facetOptions(index, { district: 'xicheng' });
    expect(districts.find((option) => option.slug === 'shunyi')?.href).toBe('/districts/shunyi/');
    expect(districts.find((option) => option.slug === 'xicheng')?.href).toBe('/');
    expect(themes.find((option) => option.slug === 'care')?.href).toBe('/districts/xicheng/themes/care/');
  });
});

describe('checkFilter', () => {
  it('names a slug the taxonomy does not know', () => {
    expect(checkFilter(index, { district: 'atlantis' })).toEqual({ unknown: 'atlantis' });
    expect(checkFilter(index, { district: 'xicheng', theme: 'nope' })).toEqual({ unknown: 'nope' });
    expect(checkFilter(index, { district: 'xicheng', theme: 'care' })).toEqual({});
  });
});
