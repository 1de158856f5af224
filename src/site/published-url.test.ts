import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './published-url.ts';

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
