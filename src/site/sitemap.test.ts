import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content.ts';
import { sitemapXml, sitePaths } from './sitemap.ts';
import { childElements, childText, onlyChild, parseXml } from './test-xml.ts';
import { BASE, makeArticle, SITE } from './test-site.ts';

describe('sitePaths', () => {
  it('lists the list, each article and each non-empty district, theme and combination once', () => {
    const articles = [
      makeArticle({ id: 'a', districts: ['xicheng'], themes: ['reading'] }),
      makeArticle({ id: 'b', districts: [], themes: ['reading', 'care'] }),
    ];
    expect(sitePaths(articles)).toEqual([
      '/',
      '/articles/a/',
      '/articles/b/',
      '/districts/xicheng/',
      '/themes/reading/',
      '/themes/care/',
      '/districts/xicheng/themes/reading/',
    ]);
  });
});

describe('sitemapXml', () => {
  const paths = ['', 'articles/a/', 'districts/xicheng/', 'themes/reading/', 'districts/xicheng/themes/reading/'];

  it('is a well-formed sitemaps.org urlset with every path once, absolute under the sub-path', () => {
    const urlset = parseXml(sitemapXml({ siteUrl: SITE, base: BASE, paths }));
    expect(urlset.name).toBe('urlset');
    expect(urlset.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const locs = childElements(urlset, 'url').map((url) => childText(url, 'loc'));
    expect(locs).toEqual(paths.map((path) => `https://news.example.org/reader/${path}`));
  });

  it('drops duplicates, keeping first order, also when they differ only by a leading slash', () => {
    const xml = sitemapXml({ siteUrl: `${SITE}/`, base: 'reader', paths: ['themes/b/', 'articles/a/', '/themes/b/', 'articles/a/'] });
    const locs = childElements(parseXml(xml), 'url').map((url) => childText(url, 'loc'));
    expect(locs).toEqual(['https://news.example.org/reader/themes/b/', 'https://news.example.org/reader/articles/a/']);
  });

  it('escapes the characters XML reserves', () => {
    const path = `q/?a=1&b=<2>"'/`;
    const xml = sitemapXml({ siteUrl: SITE, base: BASE, paths: [path] });
    expect(xml).toContain('&amp;b=&lt;2&gt;&quot;&apos;');
    expect(childText(onlyChild(parseXml(xml), 'url'), 'loc')).toBe(`https://news.example.org/reader/${path}`);
  });

  it('refuses more URLs than one sitemap file may hold', () => {
    const many = Array.from({ length: 50_001 }, (_, index) => `articles/${index}/`);
    expect(() => sitemapXml({ siteUrl: SITE, base: BASE, paths: many })).toThrow(RangeError);
  });
});

describe('sitemapXml for the real content', () => {
  const seed = loadContent(fileURLToPath(new URL('../../content/pages', import.meta.url)));

  it('the seed: a sitemap of every site path, each once', () => {
    const paths = sitePaths(seed.articles);
    const locs = childElements(parseXml(sitemapXml({ siteUrl: SITE, base: BASE, paths })), 'url').map((url) => childText(url, 'loc'));
    expect(locs).toHaveLength(new Set(locs).size);
    expect(locs).toHaveLength(paths.length);
    for (const article of seed.articles) expect(locs).toContain(`https://news.example.org/reader/articles/${article.id}/`);
    expect(locs.every((loc) => loc.startsWith('https://news.example.org/reader/'))).toBe(true);
  });
});
