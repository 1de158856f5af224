import type { Article } from '../content/schema.ts';

/** Test articles and the site location the src/site tests publish to. Not a test file itself. */

let nextId = 0;
export function makeArticle(overrides: Partial<Article> = {}): Article {
  nextId += 1;
  const paragraphs = overrides.paragraphs ?? [`第${nextId}篇的第一段。`, `第${nextId}篇的第二段。`];
  return {
    id: `article-${nextId}`,
    source: { file: '001_page.txt', line: 3 },
    page: { id: 'page-001' },
    order: 0,
    title: `标题${nextId}`,
    kind: 'news',
    dateline: '本报讯',
    credits: [{ role: '记者', name: '陈曦' }],
    paragraphs,
    districts: ['xicheng'],
    themes: ['union-building'],
    chars: paragraphs.join('').length,
    readingMinutes: 1,
    ...overrides,
  };
}

export const SITE = 'https://news.example.org';
export const BASE = '/reader/';
