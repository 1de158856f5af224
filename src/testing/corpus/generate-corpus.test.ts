import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../content/build-articles.ts';
import { readFrontMatter } from '../../content/edition.ts';
import { parsePage } from '../../content/parse-page.ts';
import { parseTaxonomy } from '../../content/taxonomy.ts';
import { generateCorpus, generateLargePage } from './generate-corpus.ts';

const taxonomy = parseTaxonomy(
  readFileSync(new URL('../../../content/taxonomy.json', import.meta.url), 'utf8'),
  'taxonomy.json',
);

describe('generateCorpus', () => {
  const files = generateCorpus({ articles: 400, seed: 3, taxonomy });
  const articles = buildArticles(
    files.map(({ file, text }) => ({ file, bytes: new TextEncoder().encode(text) })),
    taxonomy,
  );

  it('gives the same files for the same options, and others for another seed', () => {
    expect(generateCorpus({ articles: 400, seed: 3, taxonomy })).toEqual(files);
    expect(generateCorpus({ articles: 400, seed: 4, taxonomy })).not.toEqual(files);
  });

  it('makes exactly the articles asked for, on dated pages, four a day, no Sundays', () => {
    expect(articles).toHaveLength(400);
    expect(articles.every((article) => article.page.date !== undefined && (article.page.number ?? 0) <= 4)).toBe(true);
    const days = new Set(articles.map((article) => article.page.date));
    expect([...days].some((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 0)).toBe(false);
  });

  it('dates some pages by file name only, some by front matter, and names some 版面', () => {
    expect(
      files.some(({ file, text }) => /^\d{4}-\d{2}-\d{2}_\d{2}\.txt$/u.test(file) && !text.startsWith('---')),
    ).toBe(true);
    expect(files.some(({ file, text }) => file.startsWith('edition-') && text.startsWith('---\ndate:'))).toBe(true);
    expect(articles.some((article) => article.page.name === '工会新闻')).toBe(true);
  });

  it('names every district and theme, and uses every byline form and photo news', () => {
    expect(new Set(articles.flatMap((article) => article.districts))).toEqual(
      new Set(taxonomy.districts.map((d) => d.slug)),
    );
    expect(new Set(articles.flatMap((article) => article.themes))).toEqual(new Set(taxonomy.themes.map((t) => t.slug)));
    expect(new Set(articles.flatMap((article) => article.credits.map((credit) => credit.role)))).toEqual(
      new Set(['记者', '通讯员', '特约记者', '实习生', '摄影']),
    );
    expect(articles.some((article) => article.dateline?.startsWith('本报北京'))).toBe(true);
    expect(articles.some((article) => article.dateline === undefined && article.kind === 'news')).toBe(true);
  });

  it('breaks some paragraphs across blocks, as page layout does', () => {
    const blocks = files
      .flatMap(({ file, text }) => parsePage(readFrontMatter(text, file).body, file).articles)
      .reduce((sum, article) => sum + article.blocks.length, 0);
    const paragraphs = articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
    expect(blocks).toBeGreaterThan(paragraphs);
  });
});

describe('generateLargePage', () => {
  it('fills one page to the size asked for', () => {
    const bytes = Buffer.byteLength(generateLargePage({ bytes: 200_000, seed: 1, taxonomy }));
    expect(bytes).toBeGreaterThanOrEqual(200_000);
    expect(bytes).toBeLessThan(210_000);
  });
});
