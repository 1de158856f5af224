import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page.ts';
import { SEED_SUBTITLES, seedText } from './test-seed.ts';

const seed = seedText;

describe('parsePage on the seed page', () => {
  const page = parsePage(seed, 'seed.txt');

  it('reads the banner and every title with its line', () => {
    expect(page.banner).toEqual({ text: '深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面', line: 3 });
    expect(page.articles.map((article) => [article.title.line, article.title.text])).toEqual([
      [5, '西城区总工会召开第三届委员会第四次全体(扩大)会议'],
      [25, '建示范性职工书屋 揭牌新时代工匠学院'],
      [39, '蒙牛乳业工会组织职工爱心献血'],
      [51, '石景山区总工会慰问民营医院医护人员'],
      [65, '公交女职工享“甜蜜”关爱'],
      [71, '顺义各级工会开展关心关爱女职工活动'],
      [85, '住总二公司工会组织女职工重温红色历史'],
      [93, '怀柔中医院工会开展艺术插花活动'],
    ]);
  });

  it('attaches subtitles only to the articles that have them', () => {
    expect(page.articles.map((article) => article.subtitle?.text)).toEqual(SEED_SUBTITLES);
  });

  it('keeps every blank-line separated block with its line', () => {
    expect(page.articles.map((article) => article.blocks.length)).toEqual([8, 5, 4, 6, 1, 6, 3, 3]);
    expect(page.articles[2]?.blocks.map((block) => block.line)).toEqual([43, 45, 47, 49]);
  });
});

describe('parsePage layout', () => {
  it('joins the lines of one block with nothing between, trimmed', () => {
    const page = parsePage('## 标题\n  第一行\n第二行  \n\n第二段。', 'a.txt');
    expect(page.articles[0]?.blocks).toEqual([
      { text: '第一行第二行', line: 2 },
      { text: '第二段。', line: 5 },
    ]);
  });

  it('treats CRLF like LF and whitespace-only lines (full-width space too) as blank', () => {
    const page = parsePage('## 标题\r\n\r\n### 副题\r\n甲\r\n\u3000\u3000\r\n乙', 'a.txt');
    expect(page.articles[0]?.subtitle).toEqual({ text: '副题', line: 3 });
    expect(page.articles[0]?.blocks).toEqual([
      { text: '甲', line: 4 },
      { text: '乙', line: 6 },
    ]);
  });

  it('allows a page without a banner', () => {
    expect(parsePage('## 标题\n正文。', 'a.txt').banner).toBeUndefined();
  });

  it('keeps a hashtag at the start of a line as text', () => {
    const page = parsePage('## 标题\n\n#职工风采# 活动精彩。', 'a.txt');
    expect(page.articles[0]?.blocks.map((block) => block.text)).toEqual(['#职工风采# 活动精彩。']);
  });
});

describe('parsePage photos', () => {
  it('places each photo after the blocks before it, and ends the block it interrupts', () => {
    const page = parsePage(
      '## 标题\n![领头](lead.jpg)\n第一行\n![中间](mid.png)\n第二行\n\n末段。\n![末尾](end.webp)',
      'p.txt',
    );
    const article = page.articles[0];
    expect(article?.blocks).toEqual([
      { text: '第一行', line: 3 },
      { text: '第二行', line: 5 },
      { text: '末段。', line: 7 },
    ]);
    expect(article?.photos).toEqual([
      { description: '领头', path: 'lead.jpg', line: 2, afterBlocks: 0 },
      { description: '中间', path: 'mid.png', line: 4, afterBlocks: 1 },
      { description: '末尾', path: 'end.webp', line: 8, afterBlocks: 3 },
    ]);
  });

  it('sees a photo line behind invisible characters, as it sees a heading', () => {
    const page = parsePage('## 标题\n\u200b![说明](a.jpg)\u3000\n正文。', 'p.txt');
    expect(page.articles[0]?.photos.map((photo) => photo.path)).toEqual(['a.jpg']);
  });
});

describe('parsePage on text pasted from other systems', () => {
  const titles = (text: string) => parsePage(text, 'p.txt').articles.map((article) => article.title.text);

  it.each([
    ['a line separator', '\u2028'],
    ['a paragraph separator', '\u2029'],
    ['a lone CR', '\r'],
  ])('ends a heading line at %s: the heading is never glued into body text (row 6)', (_name, separator) => {
    const page = parsePage(`## 第一篇\n正文一\n## 第二篇${separator}续题`, 'p.txt');
    expect(page.articles.map((article) => article.title.text)).toEqual(['第一篇', '第二篇']);
    expect(page.articles[0]?.blocks).toEqual([{ text: '正文一', line: 2 }]);
    expect(page.articles[1]?.blocks).toEqual([{ text: '续题', line: 4 }]);
  });

  it.each([
    ['a zero-width space', '\u200b'],
    ['a left-to-right mark', '\u200e'],
    ['a right-to-left mark', '\u200f'],
    ['a word joiner', '\u2060'],
    ['a stray BOM', '\ufeff'],
  ])('sees a heading behind %s at the start of its line (row 7)', (_name, invisible) => {
    expect(titles(`## 第一篇\n正文。\n\n${invisible}## 第二篇\n正文。`)).toEqual(['第一篇', '第二篇']);
    expect(titles(`## 第一篇\n正文。\n\n##${invisible}第二篇\n正文。`)).toEqual(['第一篇', '第二篇']);
  });

  it('treats a line of invisible characters as blank', () => {
    const page = parsePage('## 标题\n甲。\n\u200b\u3000\u2060\n乙。', 'p.txt');
    expect(page.articles[0]?.blocks.map((block) => block.text)).toEqual(['甲。', '乙。']);
  });
});

describe('parsePage errors', () => {
  const cases: [string, string, RegExp][] = [
    ['an empty file', '', /^p\.txt:1: file is empty$/u],
    ['a file of blank lines', '\n \n\u3000\n', /^p\.txt:1: file is empty$/u],
    ['text before the first article', '# 横幅\n\n导语文字\n\n## 标题\n正文。', /^p\.txt:3: text outside any article/u],
    ['text on the first line', '导语文字\n## 标题\n正文。', /^p\.txt:1: text outside any article/u],
    ['an article with no body', '## 标题一\n\n## 标题二\n正文。', /^p\.txt:1: article has no body$/u],
    ['the last article with no body', '## 标题一\n正文。\n\n## 标题二\n\n', /^p\.txt:4: article has no body$/u],
    ['an article with only a subtitle', '## 标题\n### 副题\n', /^p\.txt:1: article has no body$/u],
    [
      'a subtitle after body text',
      '## 标题\n正文。\n### 副题\n',
      /^p\.txt:3: subtitle \("### "\) must directly follow/u,
    ],
    ['a subtitle before any article', '### 副题\n## 标题\n正文。', /^p\.txt:1: subtitle/u],
    ['two subtitles', '## 标题\n### 副题一\n### 副题二\n正文。', /^p\.txt:3: subtitle/u],
    [
      'a banner after the first article',
      '## 标题\n正文。\n# 横幅\n',
      /^p\.txt:3: banner \("# "\) must come before the first article$/u,
    ],
    ['a second banner', '# 横幅一\n# 横幅二\n## 标题\n正文。', /^p\.txt:2: second banner/u],
    ['an empty title', '##   \n正文。', /^p\.txt:1: heading has no text$/u],
    ['a title of an invisible character (row 15)', '## \u200b\n正文。', /^p\.txt:1: heading has no text$/u],
    ['a subtitle of invisible characters', '## 标题\n### \u200e\u3000\n正文。', /^p\.txt:2: heading has no text$/u],
    ['a title without its space', '##标题\n正文。', /^p\.txt:1: put a space after the #s of a heading$/u],
    ['a heading level beyond three', '## 标题\n#### 小标题\n正文。', /^p\.txt:2: heading level 4 is not supported/u],
    ['a banner without articles', '\n# 横幅\n', /^p\.txt:2: page has no articles/u],
    ['a photo before any article', '![说明](a.jpg)\n## 标题\n正文。', /^p\.txt:1: photo outside any article/u],
    ['an article of a photo alone', '## 标题\n![说明](a.jpg)\n', /^p\.txt:1: article has no body$/u],
    ['a subtitle after a photo', '## 标题\n![说明](a.jpg)\n### 副题\n正文。', /^p\.txt:3: subtitle/u],
    [
      'a photo line with text after it',
      '## 标题\n![说明](a.jpg)。\n正文。',
      /^p\.txt:2: a photo is a line of its own/u,
    ],
  ];

  it.each(cases)('rejects %s', (_name, text, message) => {
    expect(() => parsePage(text, 'p.txt')).toThrow(message);
  });
});
