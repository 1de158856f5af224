import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../content/build-articles.ts';
import { parseTaxonomy } from '../../content/taxonomy.ts';
import { type CorpusOptions, generateCorpus } from './generate-corpus.ts';
import { DEFAULT_PHOTO_SHARE } from './generate-photos.ts';

const taxonomy = parseTaxonomy(
  readFileSync(new URL('../../../content/taxonomy.json', import.meta.url), 'utf8'),
  'taxonomy.json',
);

function generate(options: Partial<CorpusOptions> = {}) {
  const files = generateCorpus({ articles: 2000, seed: 11, taxonomy, photos: DEFAULT_PHOTO_SHARE, ...options });
  const articles = buildArticles(
    files.map(({ file, text }) => ({ file, bytes: new TextEncoder().encode(text) })),
    taxonomy,
  );
  return { files, articles, photos: files.flatMap((file) => file.photos ?? []) };
}

const shareWithPhotos = (articles: ReturnType<typeof generate>['articles']) =>
  articles.filter((article) => article.photos).length / articles.length;

describe('the photos of a generated archive', () => {
  const { files, articles, photos } = generate();

  it('are in about one article in five by default, in none at share 0, and in the share asked for', () => {
    expect(shareWithPhotos(articles)).toBeGreaterThan(0.17);
    expect(shareWithPhotos(articles)).toBeLessThan(0.23);
    expect(shareWithPhotos(generate({ photos: 0 }).articles)).toBe(0);
    expect(shareWithPhotos(generate({ photos: 0.05 }).articles)).toBeCloseTo(0.05, 1);
    expect(shareWithPhotos(generate({ photos: 1 }).articles)).toBe(1);
  });

  it('stand where the page format puts them: photo news first, others as lead photos and between paragraphs', () => {
    const photoNews = articles.filter((article) => article.kind === 'photo');
    expect(photoNews.length).toBeGreaterThan(150);
    expect(photoNews.every((article) => article.photos?.length === 1 && article.photos[0]?.at === 0)).toBe(true);
    const news = articles.filter((article) => article.kind === 'news' && article.photos);
    expect(news.filter((article) => article.photos?.[0]?.at === 0).length).toBeGreaterThan(news.length * 0.7);
    expect(news.some((article) => (article.photos?.length ?? 0) >= 3)).toBe(true);
    const between = news.flatMap((article) =>
      (article.photos ?? []).filter(({ at }) => at > 0).map(({ at }) => at / article.paragraphs.length),
    );
    expect(between.length).toBeGreaterThan(20);
    // Between paragraphs: never after the last one.
    expect(Math.max(...between)).toBeLessThan(1);
  });

  it('are each named by exactly one photo line, after the date of its 版面, and described in Chinese', () => {
    const lines = articles.flatMap((article) =>
      (article.photos ?? []).map((photo) => ({ ...photo, date: article.page.date })),
    );
    expect(lines.map(({ path }) => path).sort()).toEqual(photos.map(({ file }) => file).sort());
    expect(new Set(photos.map(({ file }) => file)).size).toBe(photos.length);
    for (const { path, date = '', description } of lines) {
      expect(path.startsWith(`photos/${date.slice(0, 7)}/${date}_`)).toBe(true);
      expect(description).toMatch(/^\p{Script=Han}.{3,}/u);
    }
  });

  it('leave the text as it is at share 0, but for the photo lines', () => {
    const withoutLines = files.map(({ file, text }) => ({ file, text: text.replace(/\n\n!\[.*\]\(.*\)/gu, '') }));
    expect(withoutLines).toEqual(generate({ photos: 0 }).files);
  });

  it('vary in format, size, shape, orientation, camera and position', () => {
    const formats = new Set(photos.map(({ format }) => format));
    expect(formats).toEqual(new Set(['jpeg', 'png', 'webp', 'avif']));
    const jpegs = photos.filter(({ format }) => format === 'jpeg').length;
    expect(jpegs / photos.length).toBeGreaterThan(0.5);
    expect(new Set(photos.map(({ orientation }) => orientation))).toEqual(new Set([undefined, 3, 6, 8]));
    const longSides = photos.map(({ width, height }) => Math.max(width, height));
    expect(Math.min(...longSides)).toBe(800);
    expect(Math.max(...longSides)).toBe(4032);
    expect(photos.some(({ width, height }) => width > height)).toBe(true);
    expect(photos.some(({ width, height }) => width < height)).toBe(true);
    expect(photos.some(({ width, height }) => width === height)).toBe(true);
    const located = photos.filter(({ gps }) => gps);
    expect(located.length).toBeGreaterThan(photos.length * 0.05);
    expect(photos.filter(({ camera }) => camera).length).toBeGreaterThan(photos.length * 0.3);
  });
});
