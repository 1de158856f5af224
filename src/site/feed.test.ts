import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content.ts';
import type { Article } from '../content/schema.ts';
import { escapeXml } from './escape.ts';
import { type AtomFeedOptions, articleHtml, atomFeed, FEED_SIZE, feedUpdated, taxonomyNames } from './feed.ts';
import { articlePath } from './paths.ts';
import { absoluteUrl } from './published-url.ts';
import { BASE, makeArticle, SITE } from './test-site.ts';
import { childElements, childText, onlyChild, parseXml, textOf, type XmlElement } from './test-xml.ts';

const names = taxonomyNames({
  districts: [{ slug: 'xicheng', name: '西城区' }],
  themes: [
    { slug: 'union-building', name: '工会建设' },
    { slug: 'reading', name: '职工阅读' },
  ],
});

function feedOptions(articles: Article[], extra: Partial<AtomFeedOptions> = {}): AtomFeedOptions {
  return {
    siteUrl: SITE,
    base: BASE,
    title: '首都职工新闻',
    updated: new Date('2024-05-01T08:00:00Z'),
    articles,
    ...names,
    ...extra,
  };
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

describe('atomFeed', () => {
  it('is a well-formed Atom 1.0 feed with id, self and alternate links and an ISO updated', () => {
    const feed = parseXml(atomFeed(feedOptions([makeArticle()], { subtitle: '北京市总工会' })));
    expect(feed.name).toBe('feed');
    expect(feed.attributes).toEqual({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' });
    expect(childText(feed, 'id')).toBe('https://news.example.org/reader/');
    expect(childText(feed, 'title')).toBe('首都职工新闻');
    expect(childText(feed, 'subtitle')).toBe('北京市总工会');
    expect(childText(feed, 'updated')).toBe('2024-05-01T08:00:00.000Z');
    const links = Object.fromEntries(
      childElements(feed, 'link').map((link) => [link.attributes.rel, link.attributes.href]),
    );
    expect(links).toEqual({
      self: 'https://news.example.org/reader/feed.xml',
      alternate: 'https://news.example.org/reader/',
    });
  });

  it('leaves out the subtitle when there is none', () => {
    expect(childElements(parseXml(atomFeed(feedOptions([makeArticle()]))), 'subtitle')).toEqual([]);
  });

  it('describes an entry: id, link, title, updated, author, categories, summary', () => {
    const article = makeArticle({
      id: 'xicheng-meeting',
      title: '西城区总工会召开全会',
      credits: [
        { role: '记者', name: '陈曦' },
        { role: '通讯员', name: '刘英' },
      ],
      districts: ['xicheng'],
      themes: ['union-building', 'reading'],
      paragraphs: ['第一段。', '第二段。'],
    });
    const [entry] = parsedEntries(atomFeed(feedOptions([article])));
    if (!entry) throw new Error('no entry');
    const url = 'https://news.example.org/reader/articles/undated/xicheng-meeting/';
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
    expect(contentParagraphs(entry)).toEqual([
      '进一步发挥工会作用',
      '本报讯（记者 陈曦）',
      '一。',
      '二。',
      '三。',
      '四。',
    ]);
    expect(articleHtml(article)).toContain('<p><strong>进一步发挥工会作用</strong></p>');
  });

  it("shows an entry's first photo, 1,200 px wide, as an enclosure and atop its text", () => {
    const article = makeArticle();
    const jpeg = [640, 1200, 1600].map((width) => ({
      path: `photos/2023/03/08/a-1-${width}.0123456789.jpg`,
      width,
      bytes: width * 60,
    }));
    const photo = {
      description: '女职工 & 蛋糕',
      at: 0,
      width: 1600,
      height: 1200,
      colour: '#aabbcc',
      avif: jpeg,
      webp: jpeg,
      jpeg,
    };
    const xml = atomFeed(feedOptions([article], { photos: new Map([[article.id, [photo]]]) }));
    const picture = `${SITE}${BASE}photos/2023/03/08/a-1-1200.0123456789.jpg`;
    expect(xml).toContain(`<link rel="enclosure" type="image/jpeg" href="${picture}"/>`);
    const [entry] = parsedEntries(xml);
    if (!entry) throw new Error('no entry');
    expect(childText(entry, 'content')).toMatch(new RegExp(`^<p><img src="${picture}" alt="女职工 &amp; 蛋糕"></p>\n`));
    expect(atomFeed(feedOptions([article]))).not.toContain('enclosure');
  });

  it('carries the newest fifty articles in the order given, the newspaper order', () => {
    const articles = Array.from({ length: 60 }, (_, index) => makeArticle({ id: `a-${index}` }));
    const entries = parsedEntries(atomFeed(feedOptions(articles)));
    const ids = entries.map((entry) =>
      childText(entry, 'id').replace('https://news.example.org/reader/articles/undated/', ''),
    );
    expect(ids).toEqual(articles.slice(0, FEED_SIZE).map((article) => `${article.id}/`));
    expect(FEED_SIZE).toBe(50);
  });

  it('dates an entry by its edition, in Beijing time, and an undated one by the build', () => {
    const dated = makeArticle({ page: { id: 'p', date: '2023-03-08', number: 4 } });
    const [entry, undated] = parsedEntries(atomFeed(feedOptions([dated, makeArticle()])));
    expect(entry && childText(entry, 'updated')).toBe('2023-03-08T00:00:00+08:00');
    expect(undated && childText(undated, 'updated')).toBe(feedOptions([]).updated.toISOString());
  });

  it('is updated when the newest edition came out, so the same content builds the same feed', () => {
    const undated = makeArticle();
    const older = makeArticle({ page: { id: 'p', date: '2023-03-07', number: 1 } });
    const newest = makeArticle({ page: { id: 'p', date: '2023-03-08', number: 1 } });
    const now = new Date('2026-12-03T00:00:00Z');
    expect(feedUpdated([undated, newest, older], undefined, now).toISOString()).toBe('2023-03-07T16:00:00.000Z');
    expect(feedUpdated([undated, newest], '1700000000', now).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(feedUpdated([undated], undefined, now)).toBe(now);
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

describe('atomFeed for the real content', () => {
  const seed = loadContent(fileURLToPath(new URL('../../content/pages', import.meta.url)));
  const fixtures = loadContent(fileURLToPath(new URL('../content/fixtures/pages', import.meta.url)));

  it.each([
    ['seed', seed],
    ['fixture pages', fixtures],
  ])('the %s: every article once in the feed, with every paragraph', (_label, { articles, taxonomy }) => {
    const entries = parsedEntries(atomFeed({ ...feedOptions(articles), ...taxonomyNames(taxonomy) }));
    const urlOf = (article: Article) => absoluteUrl(SITE, BASE, articlePath(article.id, article.page.date));
    expect(entries.map((entry) => childText(entry, 'id')).sort()).toEqual(articles.map(urlOf).sort());
    const byId = new Map(entries.map((entry) => [childText(entry, 'id'), entry]));
    for (const article of articles) {
      const entry = byId.get(urlOf(article));
      if (!entry) throw new Error(`no entry for ${article.id}`);
      expect(contentParagraphs(entry).slice(-article.paragraphs.length)).toEqual(article.paragraphs);
      for (const category of childElements(entry, 'category'))
        expect(category.attributes.label).not.toBe(category.attributes.term);
    }
  });
});
