import { describe, expect, it } from 'vitest';
import { absoluteUrl, normalizeBase, routePathUnder } from './published-url.ts';

describe('absoluteUrl', () => {
  it.each([
    ['https://news.example.org', '/', '', 'https://news.example.org/'],
    ['https://news.example.org/', '/', 'articles/x/', 'https://news.example.org/articles/x/'],
    ['https://news.example.org', '/reader/', 'articles/x/', 'https://news.example.org/reader/articles/x/'],
    ['https://news.example.org', 'reader', 'articles/x/', 'https://news.example.org/reader/articles/x/'],
    ['https://news.example.org/', '/reader', '/articles/x/', 'https://news.example.org/reader/articles/x/'],
    ['https://news.example.org', '', '', 'https://news.example.org/'],
    ['https://news.example.org', '/a/b/', 'feed.xml', 'https://news.example.org/a/b/feed.xml'],
  ])('%s + %s + %s', (siteUrl, base, path, expected) => {
    expect(absoluteUrl(siteUrl, base, path)).toBe(expected);
  });
});

describe('routePathUnder', () => {
  it('strips the base and ends the route path with a slash', () => {
    expect(routePathUnder('/', '/articles/x')).toBe('/articles/x/');
    expect(routePathUnder('/reader/', '/reader/articles/x/')).toBe('/articles/x/');
    expect(routePathUnder(normalizeBase('reader'), '/reader')).toBe('/');
    expect(routePathUnder('/reader/', '/reader/')).toBe('/');
  });

  it('knows no route outside the base', () => {
    expect(routePathUnder('/reader/', '/readers/articles/x/')).toBeUndefined();
    expect(routePathUnder('/reader/', '/')).toBeUndefined();
  });
});
