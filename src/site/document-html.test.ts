import { describe, expect, it } from 'vitest';
import { appCodeTemplate, fillTemplate, headTags, inlineHashesOf, modulePreloadTags } from './document-html';
import { isPrerenderedFor, readEmbeddedView, serializeState } from './embedded-view';
import type { HeadMeta } from './head';

const template = `<!doctype html><html lang="zh-CN"><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-c2NyaXB0'; style-src 'self'" />
<meta name="description" content="站点简介" />
<title>首都工会新闻</title>
<link rel="stylesheet" crossorigin href="/reader/assets/index-abc.css">
</head><body><div id="root"></div></body></html>`;

const article: HeadMeta = {
  title: '标题 "引号" <b>',
  description: '第一句。',
  path: '/articles/a-1/',
  type: 'article',
  section: '女职工',
  tags: ['顺义区', '女职工'],
};

describe('headTags', () => {
  const head = headTags(article, { siteUrl: 'https://news.example.org', base: '/reader/' });

  it('gives the page its title, description and absolute canonical URL', () => {
    expect(head).toContain('<title>标题 &quot;引号&quot; &lt;b&gt; - 首都工会新闻</title>');
    expect(head).toContain('<meta name="description" content="第一句。">');
    expect(head).toContain('<link rel="canonical" href="https://news.example.org/reader/articles/a-1/">');
  });

  it('describes an article for share previews', () => {
    expect(head).toContain('<meta property="og:type" content="article">');
    expect(head).toContain('<meta property="og:url" content="https://news.example.org/reader/articles/a-1/">');
    expect(head).toContain('<meta property="article:section" content="女职工">');
    expect(head.match(/article:tag/g)).toHaveLength(2);
    expect(head).toContain('<meta name="twitter:card" content="summary">');
    expect(head).toContain('<meta property="og:image" content="https://news.example.org/reader/icons/icon-512.png">');
  });

  it("shows an article's lead photo in share previews, large", () => {
    const image = 'photos/2023/03/08/a-1-1-1200.0123456789.jpg';
    const withPhoto = headTags({ ...article, image }, { siteUrl: 'https://news.example.org', base: '/reader/' });
    expect(withPhoto).toContain(`<meta property="og:image" content="https://news.example.org/reader/${image}">`);
    expect(withPhoto).toContain('<meta name="twitter:card" content="summary_large_image">');
  });
});

describe('fillTemplate', () => {
  it('replaces the default title and description and fills the root with markup and inert data', () => {
    const state = { json: '{"a":1}', url: '/reader/districts/x/' };
    const page = fillTemplate(template, { head: '<title>页</title>', appHtml: '<main>正文</main>', state });
    expect(page).not.toContain('站点简介');
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page).toContain(
      '<div id="root"><main>正文</main></div><script type="application/json" id="app-state" data-url="/reader/districts/x/">{"a":1}</script>',
    );
  });

  it('embeds nothing for a page without data', () => {
    expect(fillTemplate(template, { head: '', appHtml: '' })).not.toContain('app-state');
  });

  it('refuses a template it cannot fill', () => {
    expect(() => fillTemplate('<html></html>', { head: '', appHtml: '' })).toThrow(/index.html must have/);
  });

  it("lists the code a page hydrates with beside the app's own, inert until the page shows, under the site's base", () => {
    const withAppCode = template.replace(
      '</body>',
      `${appCodeTemplate(['assets/react-1.js'], '/reader/')}<script type="module" src="/reader/assets/index-1.js"></script></body>`,
    );
    const screenCode = modulePreloadTags(['assets/article-screen.chunk-1.js', 'assets/edition-label-2.js'], '/reader/');
    const page = fillTemplate(withAppCode, { head: '', appHtml: '', screenCode });
    expect(page).toContain(
      '<template id="app-code">' +
        '<link rel="modulepreload" fetchpriority="low" crossorigin="" href="/reader/assets/react-1.js">' +
        '<link rel="modulepreload" fetchpriority="low" crossorigin="" href="/reader/assets/article-screen.chunk-1.js">\n    ' +
        '<link rel="modulepreload" fetchpriority="low" crossorigin="" href="/reader/assets/edition-label-2.js">' +
        '</template><script type="module" src="/reader/assets/index-1.js">',
    );
    expect(fillTemplate(withAppCode, { head: '', appHtml: '' })).toContain(
      '<template id="app-code"><link rel="modulepreload" fetchpriority="low" crossorigin="" href="/reader/assets/react-1.js"></template>',
    );
    expect(() => fillTemplate(template, { head: '', appHtml: '', screenCode })).toThrow(/no <template id="app-code">/);
  });
});

describe('inlineHashesOf', () => {
  it('reads the hashes of the inline scripts the page allows, for `_headers` to send the same policy', () => {
    expect(inlineHashesOf(template)).toEqual({ scriptHashes: ['sha256-c2NyaXB0'] });
    expect(inlineHashesOf('<html></html>')).toEqual({ scriptHashes: [] });
  });
});

describe('serializeState', () => {
  it('cannot close its script element, and parses back to the same data', () => {
    const state = { text: '</script><script>alert(1)</script> & \u2028' };
    const serialized = serializeState(state);
    expect(serialized).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(serialized)).toEqual(state);
  });
});

describe('readEmbeddedView', () => {
  const page = fillTemplate(template, {
    head: '',
    appHtml: '',
    state: { json: serializeState({ title: '</script>“引号”' }), url: '/reader/x/' },
  });

  it('reads back the data a page embeds, whatever its text', () => {
    expect(readEmbeddedView(page, '/reader/x/')).toEqual({ title: '</script>“引号”' });
    expect(readEmbeddedView(page, '/reader/x')).toEqual({ title: '</script>“引号”' });
  });

  it('refuses a page rendered for another URL, or one without data', () => {
    expect(readEmbeddedView(page, '/reader/')).toBeUndefined();
    expect(readEmbeddedView(fillTemplate(template, { head: '', appHtml: '' }), '/reader/x/')).toBeUndefined();
  });
});

describe('isPrerenderedFor', () => {
  it('matches the URL the page was rendered for, with or without its trailing slash', () => {
    expect(isPrerenderedFor('/districts/shunyi/', '/districts/shunyi/')).toBe(true);
    expect(isPrerenderedFor('/districts/shunyi/', '/districts/shunyi')).toBe(true);
    expect(isPrerenderedFor('/reader/', '/reader')).toBe(true);
  });

  it('refuses markup a fallback host sent for another URL, and markup of unknown origin', () => {
    expect(isPrerenderedFor('/', '/districts/shunyi')).toBe(false);
    expect(isPrerenderedFor('/reader/', '/reader/themes/care/')).toBe(false);
    expect(isPrerenderedFor(undefined, '/')).toBe(false);
  });
});
