import { describe, expect, it } from 'vitest';
import { sitemapFiles } from './sitemap.ts';
import { BASE, SITE } from './test-site.ts';
import { childElements, childText, onlyChild, parseXml } from './test-xml.ts';

const locsOf = (xml: string, element: 'url' | 'sitemap') =>
  childElements(parseXml(xml), element).map((entry) => childText(entry, 'loc'));

describe('sitemapFiles', () => {
  const paths = ['', 'articles/a/', 'districts/xicheng/', 'themes/reading/', 'districts/xicheng/themes/reading/'];

  it('is a sitemaps.org index of urlsets with every path once, absolute under the sub-path', () => {
    const [index, part, ...rest] = sitemapFiles({ siteUrl: SITE, base: BASE, paths });
    expect(index?.path).toBe('sitemap.xml');
    const root = parseXml(index?.contents ?? '');
    expect(root.name).toBe('sitemapindex');
    expect(root.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(locsOf(index?.contents ?? '', 'sitemap')).toEqual(['https://news.example.org/reader/sitemap-1.xml']);
    expect(part?.path).toBe('sitemap-1.xml');
    expect(parseXml(part?.contents ?? '').name).toBe('urlset');
    expect(locsOf(part?.contents ?? '', 'url')).toEqual(paths.map((path) => `https://news.example.org/reader/${path}`));
    expect(rest).toEqual([]);
  });

  it('splits the URLs into files of at most the limit, keeping their order', () => {
    const many = Array.from({ length: 7 }, (_, index) => `articles/${index}/`);
    const [index, ...parts] = sitemapFiles({ siteUrl: SITE, base: BASE, paths: many, perFile: 3 });
    expect(parts.map((part) => part.path)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(locsOf(index?.contents ?? '', 'sitemap')).toHaveLength(3);
    expect(parts.map((part) => locsOf(part.contents, 'url').length)).toEqual([3, 3, 1]);
    expect(parts.flatMap((part) => locsOf(part.contents, 'url'))).toEqual(
      many.map((path) => `https://news.example.org/reader/${path}`),
    );
  });

  it('drops duplicates, keeping first order, also when they differ only by a leading slash', () => {
    const [, part] = sitemapFiles({
      siteUrl: `${SITE}/`,
      base: 'reader',
      paths: ['themes/b/', 'articles/a/', '/themes/b/', 'articles/a/'],
    });
    expect(locsOf(part?.contents ?? '', 'url')).toEqual([
      'https://news.example.org/reader/themes/b/',
      'https://news.example.org/reader/articles/a/',
    ]);
  });

  it('escapes the characters XML reserves', () => {
    const path = `q/?a=1&b=<2>"'/`;
    const [, part] = sitemapFiles({ siteUrl: SITE, base: BASE, paths: [path] });
    expect(part?.contents).toContain('&amp;b=&lt;2&gt;&quot;&apos;');
    expect(childText(onlyChild(parseXml(part?.contents ?? ''), 'url'), 'loc')).toBe(
      `https://news.example.org/reader/${path}`,
    );
  });
});
