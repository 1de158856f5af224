import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load-content.ts';
import type { Article } from './schema.ts';
import { CONTENT_SECURITY_POLICY } from './security-policy.ts';
import {
  absoluteUrl,
  articleHtml,
  atomFeed,
  escapeXml,
  headersFile,
  newestFirst,
  robotsTxt,
  sitePaths,
  sitemapXml,
  taxonomyNames,
  type AtomFeedOptions,
} from './site-files.ts';

// ---------------------------------------------------------------------------------------------
// A strict little XML reader: it throws on anything not well-formed, so "it parses" means
// something, and it decodes text so assertions compare against the original strings.

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
type XmlNode = XmlElement | string;

const NAME = /[A-Za-z_][\w.:-]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function parseXml(source: string): XmlElement {
  let at = 0;
  const fail = (message: string): never => {
    throw new Error(`not well-formed at ${at}: ${message} near ${JSON.stringify(source.slice(at, at + 30))}`);
  };
  const skipSpace = () => {
    while (/\s/.test(source[at] ?? '')) at += 1;
  };
  const readName = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(source);
    if (!match) return fail('expected a name');
    at += match[0].length;
    return match[0];
  };
  const decode = (raw: string): string => {
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(raw)) fail('control character');
    if (raw.includes(']]>')) fail(']]> in text');
    return raw.replace(/&([^;]*);|&/g, (whole, entity: string | undefined) => {
      if (entity === undefined) return fail('bare &');
      const numeric = /^#(?:x([0-9A-Fa-f]+)|(\d+))$/.exec(entity);
      if (numeric) return String.fromCodePoint(parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] ? 16 : 10));
      return PREDEFINED[entity] ?? fail(`unknown entity ${whole}`);
    });
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at);
        if (end < 0) fail('unclosed comment');
        at = end + 3;
      } else return;
    }
  };
  const readElement = (): XmlElement => {
    if (source[at] !== '<') fail('expected <');
    at += 1;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return { name, attributes, children: [] };
      }
      if (source[at] === '>') {
        at += 1;
        break;
      }
      const attribute = readName();
      if (attribute in attributes) fail(`duplicate attribute ${attribute}`);
      skipSpace();
      if (source[at] !== '=') fail('expected =');
      at += 1;
      skipSpace();
      const quote = source[at];
      if (quote !== '"' && quote !== "'") return fail('expected a quoted value');
      const end = source.indexOf(quote, at + 1);
      if (end < 0) fail('unclosed attribute');
      const raw = source.slice(at + 1, end);
      if (raw.includes('<')) fail('< in attribute');
      attributes[attribute] = decode(raw);
      at = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (at >= source.length) fail(`unclosed <${name}>`);
      if (source.startsWith('</', at)) {
        at += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipSpace();
        if (source[at] !== '>') fail('expected >');
        at += 1;
        return { name, attributes, children };
      }
      if (source.startsWith('<!--', at)) {
        skipMisc();
        continue;
      }
      if (source[at] === '<') {
        children.push(readElement());
        continue;
      }
      const next = source.indexOf('<', at);
      const end = next < 0 ? source.length : next;
      children.push(decode(source.slice(at, end)));
      at = end;
    }
  };

  if (source.startsWith('<?xml', at)) {
    const end = source.indexOf('?>', at);
    if (end < 0) fail('unclosed declaration');
    at = end + 2;
  }
  skipMisc();
  const root = readElement();
  skipMisc();
  if (at !== source.length) fail('content after the root element');
  return root;
}

const childElements = (parent: XmlElement, name: string): XmlElement[] =>
  parent.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
const textOf = (node: XmlNode): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
function onlyChild(parent: XmlElement, name: string): XmlElement {
  const [first, ...rest] = childElements(parent, name);
  if (!first || rest.length > 0) throw new Error(`<${parent.name}> should have exactly one <${name}>`);
  return first;
}
const childText = (parent: XmlElement, name: string): string => textOf(onlyChild(parent, name));

describe('the test XML reader', () => {
  it.each([
    ['<a><b></a>'],
    ['<a>x & y</a>'],
    ['<a>&nbsp;</a>'],
    ['<a href="x<y"/>'],
    ['<a x="1" x="2"/>'],
    ['<a/><b/>'],
    ['<a>\u0001</a>'],
  ])('rejects %s', (xml) => {
    expect(() => parseXml(xml)).toThrow(/not well-formed/);
  });

  it('decodes entities and numeric references', () => {
    expect(textOf(parseXml('<a>&lt;b&gt; &amp; &#39;&#x4E2D;</a>'))).toBe("<b> & '中");
  });
});

// ---------------------------------------------------------------------------------------------
// Test articles

let nextId = 0;
function makeArticle(overrides: Partial<Article> = {}): Article {
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

const SITE = 'https://news.example.org';
const BASE = '/reader/';
const names = taxonomyNames({
  districts: [{ slug: 'xicheng', name: '西城区' }],
  themes: [
    { slug: 'union-building', name: '工会建设' },
    { slug: 'reading', name: '职工阅读' },
  ],
});

function feedOptions(articles: Article[], extra: Partial<AtomFeedOptions> = {}): AtomFeedOptions {
  return { siteUrl: SITE, base: BASE, title: '首都职工新闻', updated: new Date('2024-05-01T08:00:00Z'), articles, ...names, ...extra };
}

/** The entries of a feed, read back from its XML. */
function parsedEntries(xml: string): XmlElement[] {
  return childElements(parseXml(xml), 'entry');
}

/** Content type="html" is HTML as text; our HTML is XHTML-shaped, so the same reader parses it. */
function contentParagraphs(entry: XmlElement): string[] {
  const content = onlyChild(entry, 'content');
  expect(content.attributes.type).toBe('html');
  return childElements(parseXml(`<div>${textOf(content)}</div>`), 'p').map(textOf);
}

// ---------------------------------------------------------------------------------------------

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

describe('robotsTxt', () => {
  it('allows everything and points at the absolute sitemap URL', () => {
    const text = robotsTxt({ siteUrl: `${SITE}/`, base: 'reader' });
    expect(text.split('\n')).toEqual(expect.arrayContaining(['User-agent: *', 'Allow: /', 'Sitemap: https://news.example.org/reader/sitemap.xml']));
    expect(text).not.toMatch(/Disallow: \//);
  });
});

describe('atomFeed', () => {
  it('is a well-formed Atom 1.0 feed with id, self and alternate links and an ISO updated', () => {
    const feed = parseXml(atomFeed(feedOptions([makeArticle()], { subtitle: '北京市总工会' })));
    expect(feed.name).toBe('feed');
    expect(feed.attributes).toEqual({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' });
    expect(childText(feed, 'id')).toBe('https://news.example.org/reader/');
    expect(childText(feed, 'title')).toBe('首都职工新闻');
    expect(childText(feed, 'subtitle')).toBe('北京市总工会');
    expect(childText(feed, 'updated')).toBe('2024-05-01T08:00:00.000Z');
    const links = Object.fromEntries(childElements(feed, 'link').map((link) => [link.attributes.rel, link.attributes.href]));
    expect(links).toEqual({ self: 'https://news.example.org/reader/feed.xml', alternate: 'https://news.example.org/reader/' });
  });

  it('leaves out the subtitle when there is none', () => {
    expect(childElements(parseXml(atomFeed(feedOptions([makeArticle()]))), 'subtitle')).toEqual([]);
  });

  it('describes an entry: id, link, title, updated, author, categories, summary', () => {
    const article = makeArticle({
      id: 'xicheng-meeting',
      title: '西城区总工会召开全会',
      credits: [{ role: '记者', name: '陈曦' }, { role: '通讯员', name: '刘英' }],
      districts: ['xicheng'],
      themes: ['union-building', 'reading'],
      paragraphs: ['第一段。', '第二段。'],
    });
    const [entry] = parsedEntries(atomFeed(feedOptions([article])));
    if (!entry) throw new Error('no entry');
    const url = 'https://news.example.org/reader/articles/xicheng-meeting/';
    expect(childText(entry, 'id')).toBe(url);
    expect(onlyChild(entry, 'link').attributes.href).toBe(url);
    expect(childText(entry, 'title')).toBe('西城区总工会召开全会');
    expect(childText(entry, 'updated')).toBe('2024-05-01T08:00:00.000Z');
    expect(childText(onlyChild(entry, 'author'), 'name')).toBe('记者 陈曦 通讯员 刘英');
    expect(childElements(entry, 'category').map(({ attributes }) => [attributes.term, attributes.label])).toEqual([
      ['xicheng', '西城区'],
      ['union-building', '工会建设'],
      ['reading', '职工阅读'],
    ]);
    expect(childText(entry, 'summary')).toBe('第一段。');
  });

  it('signs an article without credits with the site title', () => {
    const photo = makeArticle({ kind: 'photo', dateline: undefined, credits: [] });
    const [entry] = parsedEntries(atomFeed(feedOptions([photo])));
    if (!entry) throw new Error('no entry');
    expect(childText(onlyChild(entry, 'author'), 'name')).toBe('首都职工新闻');
  });

  it('carries the full text: subtitle, byline, then every paragraph', () => {
    const article = makeArticle({
      subtitle: '进一步发挥工会作用',
      paragraphs: ['一。', '二。', '三。', '四。'],
    });
    const [entry] = parsedEntries(atomFeed(feedOptions([article])));
    if (!entry) throw new Error('no entry');
    expect(contentParagraphs(entry)).toEqual(['进一步发挥工会作用', '本报讯（记者 陈曦）', '一。', '二。', '三。', '四。']);
    expect(articleHtml(article)).toContain('<p><strong>进一步发挥工会作用</strong></p>');
  });

  it('has every article exactly once, newest page file first, page order kept within a page', () => {
    const older = [0, 1, 2].map((order) => makeArticle({ id: `old-${order}`, order, source: { file: '001_a.txt', line: order + 1 } }));
    const newer = [0, 1].map((order) => makeArticle({ id: `new-${order}`, order, source: { file: '002_b.txt', line: order + 1 } }));
    const entries = parsedEntries(atomFeed(feedOptions([...older, ...newer])));
    const ids = entries.map((entry) => childText(entry, 'id').replace('https://news.example.org/reader/articles/', ''));
    expect(ids).toEqual(['new-0/', 'new-1/', 'old-0/', 'old-1/', 'old-2/']);
  });

  it('orders by page file even when the input is shuffled', () => {
    const a = makeArticle({ order: 1, source: { file: '001_a.txt', line: 9 } });
    const b = makeArticle({ order: 0, source: { file: '002_b.txt', line: 1 } });
    const c = makeArticle({ order: 0, source: { file: '001_a.txt', line: 1 } });
    expect(newestFirst([a, b, c])).toEqual([b, c, a]);
  });

  it('escapes markup and ampersands so the parsed text equals the original', () => {
    const nasty = '<script>alert(1)</script> & "引号" \'单\'';
    const article = makeArticle({ title: nasty, subtitle: nasty, paragraphs: [nasty, 'A&B <b>粗</b>'] });
    const xml = atomFeed(feedOptions([article], { title: `站点 & <名称>` }));
    const feed = parseXml(xml);
    const [entry] = childElements(feed, 'entry');
    if (!entry) throw new Error('no entry');
    expect(childText(feed, 'title')).toBe('站点 & <名称>');
    expect(childText(entry, 'title')).toBe(nasty);
    expect(childText(entry, 'summary')).toBe(nasty);
    expect(contentParagraphs(entry)).toEqual([nasty, '本报讯（记者 陈曦）', nasty, 'A&B <b>粗</b>']);
    // type="html" is escaped twice: once as HTML, once as XML.
    expect(textOf(onlyChild(entry, 'content'))).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('&amp;lt;script&amp;gt;');
    expect(xml).not.toContain('<script>');
  });

  it('drops characters XML cannot carry at all', () => {
    expect(escapeXml('a\u0000b\u001Fc\uFFFEd')).toBe('abcd');
    const article = makeArticle({ paragraphs: ['坏\u0008字符'] });
    expect(() => parseXml(atomFeed(feedOptions([article])))).not.toThrow();
  });
});

describe('site files for the real content', () => {
  const seed = loadContent(fileURLToPath(new URL('../../content/pages', import.meta.url)));
  const fixtures = loadContent(fileURLToPath(new URL('./fixtures/pages', import.meta.url)));

  it.each([
    ['seed', seed],
    ['fixture pages', fixtures],
  ])('the %s: every article once in the feed, with every paragraph', (_label, { articles, taxonomy }) => {
    const entries = parsedEntries(atomFeed({ ...feedOptions(articles), ...taxonomyNames(taxonomy) }));
    const urlOf = (article: Article) => absoluteUrl(SITE, BASE, `articles/${article.id}/`);
    expect(entries.map((entry) => childText(entry, 'id')).sort()).toEqual(articles.map(urlOf).sort());
    const byId = new Map(entries.map((entry) => [childText(entry, 'id'), entry]));
    for (const article of articles) {
      const entry = byId.get(urlOf(article));
      if (!entry) throw new Error(`no entry for ${article.id}`);
      expect(contentParagraphs(entry).slice(-article.paragraphs.length)).toEqual(article.paragraphs);
      for (const category of childElements(entry, 'category')) expect(category.attributes.label).not.toBe(category.attributes.term);
    }
  });

  it('the fixture pages: newest page file first', () => {
    const entries = parsedEntries(atomFeed({ ...feedOptions(fixtures.articles), ...taxonomyNames(fixtures.taxonomy) }));
    const files = entries.map((entry) => {
      const article = fixtures.articles.find((candidate) => absoluteUrl(SITE, BASE, `articles/${candidate.id}/`) === childText(entry, 'id'));
      return article?.source.file;
    });
    expect(files).toEqual([...files].sort().reverse());
    expect(new Set(files).size).toBeGreaterThan(1);
  });

  it('the seed: a sitemap of every site path, each once', () => {
    const paths = sitePaths(seed.articles);
    const locs = childElements(parseXml(sitemapXml({ siteUrl: SITE, base: BASE, paths })), 'url').map((url) => childText(url, 'loc'));
    expect(locs).toHaveLength(new Set(locs).size);
    expect(locs).toHaveLength(paths.length);
    for (const article of seed.articles) expect(locs).toContain(`https://news.example.org/reader/articles/${article.id}/`);
    expect(locs.every((loc) => loc.startsWith('https://news.example.org/reader/'))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// _headers: read the rules back and resolve requests the way the hosts do (every matching
// rule applies; `*` matches anything, slashes included).

interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!match?.[1] || !match[2] || !rule) throw new Error(`bad header line: ${line}`);
    rule.headers.push([match[1], match[2]]);
  }
  return rules;
}

function headersFor(rules: HeaderRule[], requestPath: string, name: string): string[] {
  const matches = (pattern: string) =>
    new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(requestPath);
  return rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers.filter(([key]) => key === name).map(([, value]) => value));
}

describe('headersFile', () => {
  const rules = parseHeadersFile(headersFile({ base: BASE }));
  const hashed = ['/reader/assets/index-Bx12ab.js', '/reader/assets/index-Cd34.css', '/reader/data/index.1a2b3c4d5e.json', '/reader/data/articles/x.1a2b3c4d5e.json'];
  const html = ['/reader/', '/reader/index.html', '/reader/404.html', '/reader/articles/x/', '/reader/articles/x/index.html', '/reader/districts/xicheng/themes/reading/', '/reader/themes/reading/'];

  it.each(hashed)('caches hashed %s forever and never as no-cache', (path) => {
    expect(headersFor(rules, path, 'Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
  });

  it.each(html)('makes HTML %s revalidate, and only that', (path) => {
    const values = headersFor(rules, path, 'Cache-Control');
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values)).toEqual(new Set(['no-cache']));
  });

  it('makes the service worker revalidate', () => {
    expect(headersFor(rules, '/reader/sw.js', 'Cache-Control')).toEqual(['no-cache']);
  });

  it.each([...hashed, ...html, '/reader/sw.js', '/reader/feed.xml'])('sends the security headers once for %s', (path) => {
    expect(headersFor(rules, path, 'X-Content-Type-Options')).toEqual(['nosniff']);
    expect(headersFor(rules, path, 'Referrer-Policy')).toEqual(['no-referrer']);
    expect(headersFor(rules, path, 'Content-Security-Policy')).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('uses root paths for a root deployment', () => {
    const rootRules = parseHeadersFile(headersFile({ base: '/' }));
    expect(rootRules.map((rule) => rule.pattern)).toEqual(expect.arrayContaining(['/*', '/assets/*', '/data/*', '/', '/*.html', '/sw.js']));
    expect(headersFor(rootRules, '/assets/app-1a2b.js', 'Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
    expect(headersFor(rootRules, '/articles/x/', 'Cache-Control')).toEqual(['no-cache']);
  });

  it('carries the exported policy string', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });
});
