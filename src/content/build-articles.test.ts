import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageIdFromFile } from './article-id.ts';
import { buildArticles } from './build-articles.ts';
import type { PageFile } from './build-page.ts';
import { parseOverrides } from './overrides.ts';
import type { Article } from './schema.ts';
import { parseTaxonomy } from './taxonomy.ts';
import { SEED_FILE, SEED_SUBTITLES, seedPage } from './test-seed.ts';

const taxonomy = parseTaxonomy(
  readFileSync(new URL('../../content/taxonomy.json', import.meta.url), 'utf8'),
  'taxonomy.json',
);
const page = (file: string, text: string): PageFile => ({ file, bytes: new TextEncoder().encode(text) });

describe('buildArticles on the seed page', () => {
  const articles = buildArticles([seedPage], taxonomy);

  it('builds the 8 articles with their titles, subtitles and kinds', () => {
    expect(articles.map((article) => article.title)).toEqual([
      '西城区总工会召开第三届委员会第四次全体（扩大）会议',
      '建示范性职工书屋 揭牌新时代工匠学院',
      '蒙牛乳业工会组织职工爱心献血',
      '石景山区总工会慰问民营医院医护人员',
      '公交女职工享“甜蜜”关爱',
      '顺义各级工会开展关心关爱女职工活动',
      '住总二公司工会组织女职工重温红色历史',
      '怀柔中医院工会开展艺术插花活动',
    ]);
    expect(articles.map((article) => article.subtitle)).toEqual(SEED_SUBTITLES);
    expect(articles.map((article) => article.kind)).toEqual([
      'news',
      'news',
      'news',
      'news',
      'photo',
      'news',
      'news',
      'news',
    ]);
  });

  it('extracts datelines and one credit per person', () => {
    expect(articles.map((article) => article.dateline)).toEqual([
      '本报讯',
      '本报讯',
      '本报讯',
      '本报讯',
      undefined,
      '本报讯',
      '本报讯',
      '本报讯',
    ]);
    expect(articles.map((article) => article.credits.map((credit) => `${credit.role} ${credit.name}`))).toEqual([
      ['记者 陈曦'],
      ['记者 马超'],
      ['记者 赵思远'],
      ['记者 张晶'],
      ['摄影 边磊'],
      ['记者 王路曼'],
      ['记者 崔欣', '通讯员 刘英'],
      ['记者 崔欣', '通讯员 金鑫'],
    ]);
  });

  it('removes the byline from the lead and the photo credit from the caption', () => {
    expect(articles[0]?.paragraphs[0]).toMatch(/^近日，西城区总工会召开/u);
    expect(articles[4]?.paragraphs).toHaveLength(1);
    expect(articles[4]?.paragraphs[0]).toMatch(/巾帼表彰会等活动。$/u);
  });

  it('rejoins paragraphs that page layout broke, 26 in all', () => {
    expect(articles.map((article) => article.paragraphs.length)).toEqual([6, 4, 3, 4, 1, 4, 2, 2]);
    const body = articles.flatMap((article) => article.paragraphs).join('\n');
    for (const joined of ['把思想引领和解决职工“急难愁盼”', '倾听职工声音', '各办公楼宇进行宣传', '民法典相伴']) {
      expect(body).toContain(joined);
    }
  });

  it('normalizes half-width punctuation in titles, banner and paragraphs', () => {
    expect(articles[0]?.page.banner).toBe('深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面');
    expect(articles[2]?.paragraphs[0]).toContain('蒙牛乳业（北京）有限责任公司');
    expect(articles[0]?.paragraphs[1]).toContain('直接服务职工达12.57万余人次');
    expect(articles.flatMap((article) => article.paragraphs).join('')).not.toMatch(/[,;:?!()]/u);
  });

  it('finds districts in the title, subtitle and lead only', () => {
    expect(articles.map((article) => article.districts)).toEqual([
      ['xicheng'],
      [],
      [],
      ['shijingshan'],
      [],
      ['shunyi'],
      [],
      ['huairou'],
    ]);
  });

  it('assigns themes', () => {
    expect(articles.map((article) => article.themes)).toEqual([
      ['union-building', 'industrial-workers'],
      ['industrial-workers', 'reading'],
      ['blood-donation'],
      ['care'],
      ['women-workers'],
      ['women-workers', 'rights-law'],
      ['women-workers', 'party-building'],
      ['culture-sports'],
    ]);
  });

  it('gives stable ids, source lines, order, counts and reading time', () => {
    expect(articles[4]?.id).toBe('000-dc19f9187db1d5f4-cc13f196');
    expect(articles.every((article) => /^000-dc19f9187db1d5f4-[0-9a-f]{8}$/u.test(article.id))).toBe(true);
    expect(articles.map((article) => article.source.line)).toEqual([5, 25, 39, 51, 65, 71, 85, 93]);
    expect(articles.map((article) => article.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(articles[7]?.source.file).toBe(SEED_FILE);
    expect(articles[7]?.page.id).toBe('000-dc19f9187db1d5f4');
    expect(articles[7]?.chars).toBe(201);
    expect(articles.map((article) => article.readingMinutes)).toEqual([3, 2, 1, 1, 1, 2, 1, 1]);
  });

  it('keeps ids when other pages are added', () => {
    const withOther = buildArticles(
      [page('001_other.txt', '## 西城区总工会召开第三届委员会第四次全体(扩大)会议\n正文。'), seedPage],
      taxonomy,
    );
    expect(withOther.slice(1).map((article) => article.id)).toEqual(articles.map((article) => article.id));
    expect(withOther[0]?.id).not.toBe(articles[0]?.id);
  });
});

/** Han ideographs in order, with the byline words set aside: the pipeline moves those into fields. */
const BYLINE_WORDS = /本报讯|本报记者|记者|通讯员|实习生|摄影报道|摄/gu;
const hanSequence = (text: string) => (text.replace(BYLINE_WORDS, '').match(/\p{Script=Han}/gu) ?? []).join('');

function outputText(articles: readonly Article[]): string {
  const banner = articles[0]?.page.banner ?? '';
  const parts = articles.flatMap((article) => {
    const heading = [article.title, article.subtitle ?? ''];
    // A photo's credit closes its caption (its role 摄影 is not in the source); a news byline opens the lead.
    if (article.kind === 'photo')
      return [...heading, ...article.paragraphs, ...article.credits.map((credit) => credit.name)];
    const byline = [article.dateline ?? '', ...article.credits.map((credit) => `${credit.role}${credit.name}`)];
    return [...heading, ...byline, ...article.paragraphs];
  });
  return [banner, ...parts].join('\n');
}

const FIXTURES = ['101_chaoyang_fullwidth.txt', '102_haidian_crlf_bom.txt', '103_yizhuang_dateline.txt'];

describe('round trip: no text is lost', () => {
  const sources: PageFile[] = [
    seedPage,
    ...FIXTURES.map((file) => ({ file, bytes: readFileSync(new URL(`./fixtures/pages/${file}`, import.meta.url)) })),
  ];

  it.each(sources)('keeps every Chinese character of $file, in order', (source) => {
    const articles = buildArticles([source], taxonomy);
    const sourceText = new TextDecoder().decode(source.bytes);
    expect(hanSequence(outputText(articles))).toBe(hanSequence(sourceText));
  });

  it('would notice a dropped paragraph', () => {
    const articles = buildArticles([seedPage], taxonomy);
    const damaged = articles.map((article, index) =>
      index === 3 ? { ...article, paragraphs: article.paragraphs.slice(1) } : article,
    );
    expect(hanSequence(outputText(damaged))).not.toBe(hanSequence(new TextDecoder().decode(seedPage.bytes)));
  });
});

describe('buildArticles errors', () => {
  it('reports invalid UTF-8 with the file path and line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('## 标题\n正文'), 0xc3, 0x28]);
    expect(() => buildArticles([{ file: 'a.txt', path: 'pages/a.txt', bytes }], taxonomy)).toThrow(
      /^pages\/a\.txt:2: not valid UTF-8/u,
    );
  });

  it('reports an empty file on line 1', () => {
    expect(() => buildArticles([page('a.txt', '')], taxonomy)).toThrow(/^a\.txt:1: file is empty$/u);
  });

  it('reports an article left with nothing but its byline', () => {
    expect(() => buildArticles([page('a.txt', '\n## 标题\n\n本报讯 (记者 陈曦)')], taxonomy)).toThrow(
      /^a\.txt:2: article has no text besides its byline$/u,
    );
  });

  it('numbers same-titled articles on one page', () => {
    const articles = buildArticles([page('p.txt', '## 通知\n一。\n## 通知\n二。\n## 通知\n三。')], taxonomy);
    const [first, second, third] = articles.map((article) => article.id);
    expect(second).toBe(`${first}-2`);
    expect(third).toBe(`${first}-3`);
  });

  it('rejects a file name that gives no page id', () => {
    expect(() => buildArticles([page('__.txt', '## 通知\n一。')], taxonomy)).toThrow(
      /^__\.txt: file name has no letters or digits/u,
    );
  });

  it('reads a page whose file name is Chinese (row 13)', () => {
    const [article] = buildArticles([page('要闻版.txt', '## 通知\n一。')], taxonomy);
    expect(article?.page.id).toMatch(/^[0-9a-f]{8}$/u);
    expect(article?.source.file).toBe('要闻版.txt');
  });

  it.each([
    ['Page.txt', 'page.txt'],
    ['a b.txt', 'a-b.txt'],
  ])('rejects %s and %s, which share a page id, naming both (row 12)', (first, second) => {
    const pages = [page(first, '## 通知\n一。'), page(second, '## 公告\n二。')];
    expect(() => buildArticles(pages, taxonomy)).toThrow(
      `${second}: gives the same page id "${pageIdFromFile(first)}" as ${first}: rename one of them`,
    );
  });
});

describe('overrides', () => {
  const [first] = buildArticles([seedPage], taxonomy);
  const id = first?.id ?? '';

  it('replace the classified districts and themes', () => {
    const overrides = parseOverrides(
      JSON.stringify({ [id]: { districts: ['dongcheng'], themes: ['reading'] } }),
      'overrides.json',
    );
    const [overridden, second] = buildArticles([seedPage], taxonomy, overrides);
    expect(overridden?.districts).toEqual(['dongcheng']);
    expect(overridden?.themes).toEqual(['reading']);
    expect(second?.themes).toEqual(['industrial-workers', 'reading']);
  });

  it('may replace only the themes', () => {
    const overrides = parseOverrides(JSON.stringify({ [id]: { themes: ['care'] } }), 'overrides.json');
    expect(buildArticles([seedPage], taxonomy, overrides)[0]?.districts).toEqual(['xicheng']);
  });

  it('report an unknown article id on the line of its key', () => {
    const text = `{\n  "${id}": { "themes": ["care"] },\n\n  "000-dc19f9187db1d5f4-00000000": { "themes": ["care"] }\n}\n`;
    expect(() => buildArticles([seedPage], taxonomy, parseOverrides(text, 'overrides.json'))).toThrow(
      /^overrides\.json:4: unknown article id "000-dc19f9187db1d5f4-00000000"$/u,
    );
  });

  it('report unknown district and theme slugs', () => {
    const district = `{\n  "${id}": { "districts": ["gotham"] }\n}`;
    expect(() => buildArticles([seedPage], taxonomy, parseOverrides(district, 'o.json'))).toThrow(
      /^o\.json:2: unknown district "gotham"$/u,
    );
    const theme = `{\n  "${id}": { "themes": ["gossip"] }\n}`;
    expect(() => buildArticles([seedPage], taxonomy, parseOverrides(theme, 'o.json'))).toThrow(
      /^o\.json:2: unknown theme "gossip"$/u,
    );
  });

  it('report a malformed file', () => {
    expect(() => parseOverrides('{\n  "a": { "colour": 1 }\n}', 'o.json')).toThrow(/^o\.json:1: a: /u);
    expect(() => parseOverrides('{\n  "a": \n}', 'o.json')).toThrow(/^o\.json:\d+: not valid JSON/u);
  });
});

describe('buildArticles on pages pasted from other systems', () => {
  const build = (text: string) => buildArticles([page('p.txt', text)], taxonomy);

  it('reads a photo caption of 130,000 full stops without overflowing the stack (row 4)', () => {
    const [article] = build(`## 图片新闻\n\n${'。'.repeat(130_000)}本报记者 边磊 摄影报道\n`);
    expect(article?.kind).toBe('photo');
    expect(article?.credits).toEqual([{ role: '摄影', name: '边磊' }]);
    expect(article?.chars).toBe(130_000);
  });

  // Heavy, not timed: the bench measures speed; this only proves the page is read at all.
  it('reads a 5 MB caption of short sentences (row 4)', { timeout: 60_000 }, () => {
    const [article] = build(`## 图片新闻\n\n${'职工参加活动。'.repeat(250_000)}本报记者 边磊 摄\n`);
    expect(article?.credits).toEqual([{ role: '摄影', name: '边磊' }]);
    expect(article?.paragraphs[0]).toHaveLength(7 * 250_000);
  });

  it('reads a lead naming a district 140,000 times (row 5)', () => {
    const [article] = build(`## 区县联动\n\n${'西城、'.repeat(140_000)}各区工会参加。\n`);
    expect(article?.districts).toEqual(['xicheng']);
  });

  it('ends a paragraph at a sentence closed by any bracket (row 8)', () => {
    for (const closing of ['】', '〕', '〉', '］']) {
      const [article] = build(`## 职工来信\n\n【编者按：本版刊登职工来信。${closing}\n\n近日，本报收到来信。\n`);
      expect(article?.paragraphs, closing).toEqual([`【编者按：本版刊登职工来信。${closing}`, '近日，本报收到来信。']);
    }
  });

  it.each([
    ['（记者手记）采访中，我深深感受到……', '（记者手记）采访中，我深深感受到……'],
    ['(通讯员来稿)近日，厂里开展活动。', '（通讯员来稿）近日，厂里开展活动。'],
  ])('keeps a genre label opening the lead as text: %s (row 9)', (lead, expected) => {
    const [article] = build(`## 标题\n\n${lead}\n`);
    expect(article?.credits).toEqual([]);
    expect(article?.paragraphs).toEqual([expected]);
  });

  it('still reads a byline whose role is glued to the name after a dateline', () => {
    const [article] = build('## 标题\n\n本报讯（记者陈曦）近日，活动举行。\n');
    expect(article?.credits).toEqual([{ role: '记者', name: '陈曦' }]);
  });

  it('reads a caption with a long run of ideographic spaces in linear time (row 11)', () => {
    const [article] = build(`## 图片新闻\n\n文${'\u3000'.repeat(100_000)}字。\n`);
    expect(article?.paragraphs[0]).toBe(`文${'\u3000'.repeat(100_000)}字。`);
  });
});

describe('buildArticles on dated editions', () => {
  const twoArticles = (name: string) => `## ${name}一\n\n第一篇。\n\n## ${name}二\n\n第二篇。\n`;

  it('orders newest date first, then 版次, then position; undated pages last in file order', () => {
    const pages = [
      page('000_b.txt', twoArticles('未注明乙')),
      page('000_a.txt', twoArticles('未注明甲')),
      page('2023-03-07_01.txt', twoArticles('七日一版')),
      page('2023-03-08_02.txt', twoArticles('八日二版')),
      page('2023-03-08_10.txt', twoArticles('八日十版')),
      page('2023-03-08_01.txt', twoArticles('八日一版')),
    ];
    expect(buildArticles(pages, taxonomy).map((article) => article.title)).toEqual([
      '八日一版一',
      '八日一版二',
      '八日二版一',
      '八日二版二',
      '八日十版一',
      '八日十版二',
      '七日一版一',
      '七日一版二',
      '未注明乙一',
      '未注明乙二',
      '未注明甲一',
      '未注明甲二',
    ]);
  });

  it('puts the date, 版次 and 版名 on every article, front matter winning over the file name', () => {
    const [article] = buildArticles(
      [page('2023-03-08_04.txt', `---\npage: 3\nname: 工会新闻\n---\n${twoArticles('标题')}`)],
      taxonomy,
    );
    expect(article?.page).toEqual({ id: '2023-03-08-04', date: '2023-03-08', number: 3, name: '工会新闻' });
    expect(article?.source.line).toBe(5);
  });

  it('keeps an article id when the page gains a date', () => {
    const [undated] = buildArticles([page('000_a.txt', twoArticles('标题'))], taxonomy);
    const [dated] = buildArticles(
      [page('000_a.txt', `---\ndate: 2023-03-08\npage: 1\n---\n${twoArticles('标题')}`)],
      taxonomy,
    );
    expect(dated?.id).toBe(undated?.id);
  });

  it('leaves the first page undated', () => {
    expect(buildArticles([seedPage], taxonomy)[0]?.page).toEqual({
      id: '000-dc19f9187db1d5f4',
      banner: '深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面',
    });
  });

  it('rejects two files claiming the same date and page, at the claiming line', () => {
    const claimed = {
      ...page('x.txt', `---\ndate: 2023-03-08\npage: 4\n---\n${twoArticles('标题')}`),
      path: 'pages/x.txt',
    };
    expect(() => buildArticles([page('2023-03-08_04.txt', twoArticles('甲')), claimed], taxonomy)).toThrow(
      'pages/x.txt:2: page 4 of 2023-03-08 is also 2023-03-08_04.txt: one page per date and page number',
    );
  });
});

describe('buildArticles photos', () => {
  const build = (text: string) => buildArticles([page('p.txt', text)], taxonomy)[0];

  it('gives each photo the number of paragraphs before it: 0 is the lead photo', () => {
    const article = build('## 标题\n![领头](lead.jpg)\n\n第一段。\n\n![中间](mid.jpg)\n\n第二段。\n![末尾](end.jpg)');
    expect(article?.paragraphs).toEqual(['第一段。', '第二段。']);
    expect(article?.photos?.map(({ path, at, line }) => [path, at, line])).toEqual([
      ['lead.jpg', 0, 2],
      ['mid.jpg', 1, 6],
      ['end.jpg', 2, 9],
    ]);
  });

  it('never joins text across a photo, though the block before it is unfinished', () => {
    const article = build('## 标题\n职工们纷纷\n![现场](a.jpg)\n表示满意。');
    expect(article?.paragraphs).toEqual(['职工们纷纷', '表示满意。']);
    expect(article?.photos?.[0]?.at).toBe(1);
  });

  it('keeps a photo before the text when the byline stood alone in the first block', () => {
    const article = build('## 标题\n本报讯（记者 陈曦）\n![现场](a.jpg)\n会议召开。');
    expect(article?.credits).toEqual([{ role: '记者', name: '陈曦' }]);
    expect(article?.paragraphs).toEqual(['会议召开。']);
    expect(article?.photos?.[0]?.at).toBe(0);
  });

  it('leaves out photos when the article has none', () => {
    expect(build('## 标题\n正文。')).not.toHaveProperty('photos');
  });
});
