import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load-content.ts';

const FIXTURE_PAGES = fileURLToPath(new URL('./fixtures/pages', import.meta.url));

/** A content folder in the temp dir: pages/ plus optional taxonomy.json and overrides.json beside it. */
function contentFolder(pages: Record<string, string>, beside: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  mkdirSync(join(root, 'pages'));
  for (const [file, text] of Object.entries(pages)) writeFileSync(join(root, 'pages', file), text);
  for (const [file, text] of Object.entries(beside)) writeFileSync(join(root, file), text);
  return join(root, 'pages');
}

describe('loadContent on unseen-style fixture pages', () => {
  const { articles } = loadContent(FIXTURE_PAGES);
  const byTitle = (title: string) => articles.find((article) => article.title === title);

  it('really has a BOM and CRLF in the CRLF fixture', () => {
    const bytes = readFileSync(join(FIXTURE_PAGES, '102_haidian_crlf_bom.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
  });

  it('reads pages in file-name order, articles in page order', () => {
    expect(articles.map((article) => [article.source.file, article.order])).toEqual([
      ['101_chaoyang_fullwidth.txt', 0],
      ['101_chaoyang_fullwidth.txt', 1],
      ['102_haidian_crlf_bom.txt', 0],
      ['103_yizhuang_dateline.txt', 0],
      ['103_yizhuang_dateline.txt', 1],
    ]);
  });

  it('handles full-width punctuation and a full-width-parenthesised byline with two names', () => {
    const article = byTitle('朝阳区总工会启动“暖心驿站”服务季');
    expect(article?.credits).toEqual([
      { role: '记者', name: '张三' },
      { role: '记者', name: '王五' },
    ]);
    expect(article?.subtitle).toBe('为户外劳动者送清凉');
    expect(article?.paragraphs[1]).toBe(
      '活动现场，工作人员向户外劳动者发放了清凉包，并介绍了驿站的休息、饮水、充电等服务功能。据悉，今年全区将新建驿站50家，覆盖各街道乡镇。',
    );
    expect(article?.districts).toEqual(['chaoyang']);
    expect(article?.page.banner).toBe('奋进新征程 建功新时代');
  });

  it('does not read 朝阳产业 or 大兴土木 as districts', () => {
    expect(byTitle('朝阳产业工人技能比武落幕')?.districts).toEqual([]);
    expect(byTitle('朝阳产业工人技能比武落幕')?.themes).toEqual(['industrial-workers']);
  });

  it('reads a CRLF file with a BOM, an intern byline with two names and a full-width blank line', () => {
    const article = byTitle('海淀区职工运动会开幕');
    expect(article?.source.line).toBe(1);
    expect(article?.credits).toEqual([
      { role: '记者', name: '李明' },
      { role: '实习生', name: '王芳' },
      { role: '实习生', name: '赵雷' },
    ]);
    expect(article?.paragraphs).toEqual([
      '近日，海淀区第十届职工运动会在中关村开幕，30支代表队参加拔河、趣味跑等比赛项目。',
      '运动会期间，各参赛单位还组织了“健康生活”主题讲座；职工纷纷表示：活动丰富了业余生活！',
    ]);
    expect(article?.districts).toEqual(['haidian']);
    expect(article?.themes).toEqual(['culture-sports']);
  });

  it('reads a dated dateline and a photo credited to two photographers', () => {
    const dated = byTitle('亦庄千余名职工参加健步走');
    expect(dated?.dateline).toBe('本报北京3月5日电');
    expect(dated?.credits).toEqual([{ role: '特约记者', name: '周强' }]);
    expect(dated?.districts).toEqual(['yizhuang']);
    const photo = byTitle('通州快递小哥在暖心驿站里过冬');
    expect(photo?.kind).toBe('photo');
    expect(photo?.dateline).toBeUndefined();
    expect(photo?.credits).toEqual([
      { role: '摄影', name: '孙悦' },
      { role: '摄影', name: '刘洋' },
    ]);
    expect(photo?.paragraphs).toEqual(['城市副中心的户外劳动者驿站迎来一批快递小哥，驿站为他们准备了热水和御寒衣物。']);
    expect(photo?.districts).toEqual(['tongzhou']);
  });
});

describe('loadContent with files beside the pages folder', () => {
  const onePage = { '001_a.txt': '## 西城区职工读书会举行\n\n本报讯 (记者 陈曦) 近日,西城区职工读书会举行。\n' };

  it('prefers a taxonomy.json beside the folder', () => {
    const taxonomy = {
      districts: [{ slug: 'west', name: '西', aliases: ['西城'] }],
      themes: [{ slug: 'books', name: '书', keywords: [{ word: '读书', weight: 1 }] }],
      fallbackTheme: 'books',
    };
    const { articles } = loadContent(contentFolder(onePage, { 'taxonomy.json': JSON.stringify(taxonomy) }));
    expect(articles[0]?.districts).toEqual(['west']);
    expect(articles[0]?.themes).toEqual(['books']);
  });

  it('applies an overrides.json beside the folder', () => {
    const base = loadContent(contentFolder(onePage)).articles[0];
    expect(base?.themes).toEqual(['reading']);
    const id = base?.id ?? '';
    const { articles } = loadContent(
      contentFolder(onePage, { 'overrides.json': JSON.stringify({ [id]: { themes: ['care'] } }) }),
    );
    expect(articles[0]?.themes).toEqual(['care']);
  });

  it('names the overrides file with its path in errors', () => {
    const pagesDir = contentFolder(onePage, { 'overrides.json': '{\n  "nope-12345678": { "themes": ["care"] }\n}\n' });
    expect(() => loadContent(pagesDir)).toThrow(
      `${join(pagesDir, '..', 'overrides.json')}:2: unknown article id "nope-12345678"`,
    );
  });

  it('names page files with the folder in errors', () => {
    const pagesDir = contentFolder({ ...onePage, '002_b.txt': '导语\n## 标题\n正文。' });
    expect(() => loadContent(pagesDir)).toThrow(`${join(pagesDir, '002_b.txt')}:1: text outside any article`);
  });

  it('rejects a folder without pages', () => {
    const pagesDir = contentFolder({ 'notes.md': '# 说明' });
    expect(() => loadContent(pagesDir)).toThrow(/pages: no page files \(\*\.txt\) in this folder$/u);
  });
});

describe('loadContent on what else a pages folder may hold', () => {
  const onePage = { 'a.txt': '## 标题\n\n正文。\n' };

  it('reads page files whose extension is in capitals (row 10)', () => {
    const { articles } = loadContent(
      contentFolder({ ...onePage, 'B.TXT': '## 大写扩展名\n\n正文。\n', 'c.Txt': '## 混合\n\n正文。\n' }),
    );
    expect(articles.map((article) => article.source.file)).toEqual(['B.TXT', 'a.txt', 'c.Txt']);
  });

  it('names a folder that looks like a page file (row 2)', () => {
    const pagesDir = contentFolder(onePage);
    mkdirSync(join(pagesDir, 'sub.txt'));
    expect(() => loadContent(pagesDir)).toThrow(
      `${join(pagesDir, 'sub.txt')}: is a folder, not a file: rename it or move it out of the pages folder (EISDIR)`,
    );
  });

  it('names a link to a missing file (row 3)', () => {
    const pagesDir = contentFolder(onePage);
    symlinkSync('missing.txt', join(pagesDir, 'b.txt'));
    expect(() => loadContent(pagesDir)).toThrow(
      `${join(pagesDir, 'b.txt')}: is a link to "missing.txt", which does not exist (ENOENT)`,
    );
  });

  it('reads a page through a link that works', () => {
    const pagesDir = contentFolder(onePage);
    symlinkSync('a.txt', join(pagesDir, 'b.txt'));
    expect(loadContent(pagesDir).articles.map((article) => article.source.file)).toEqual(['a.txt', 'b.txt']);
  });

  it.each(['taxonomy.json', 'overrides.json'])('accepts %s saved with a BOM (row 14)', (name) => {
    const projectTaxonomy = readFileSync(new URL('../../content/taxonomy.json', import.meta.url), 'utf8');
    const text = name === 'taxonomy.json' ? projectTaxonomy : '{}';
    const { articles } = loadContent(contentFolder(onePage, { [name]: `\ufeff${text}` }));
    expect(articles).toHaveLength(1);
  });

  it('reports bad UTF-8 in a JSON file with its line', () => {
    const pagesDir = contentFolder(onePage);
    writeFileSync(join(pagesDir, '..', 'overrides.json'), Buffer.from([0x7b, 0x0a, 0xff, 0x0a, 0x7d]));
    expect(() => loadContent(pagesDir)).toThrow(`${join(pagesDir, '..', 'overrides.json')}:2: not valid UTF-8`);
  });
});
