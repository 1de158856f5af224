/**
 * Property tests of the whole pipeline (bytes → articles). FC_RUNS sets the cases per property
 * (default 1500; e.g. `FC_RUNS=20000 npm run test:unit -- pipeline.property` for a long run).
 *
 * FC_SEED picks the cases: a number, or `random` for a fresh draw (its seed is printed, so a
 * failure can be run again). By default the draw is the same every run, so a red CI means the
 * code changed, not the dice: one CI run with a random draw (2026-12-05) spent over ten minutes
 * in this file, and 36 seeds × 1,500 pages and twelve whole runs since have not found its case.
 * Look further with `FC_SEED=random FC_RUNS=20000`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticles } from './build-articles.ts';
import type { PageFile } from './build-page.ts';
import { ContentError } from './content-error.ts';
import type { Article } from './schema.ts';
import { parseTaxonomy } from './taxonomy.ts';
import { damagedPageBytes, pageFileName, pageModel, renderDocument } from './test-pages.ts';
import { lineAfter, trimInvisible } from './text-rules.ts';

const RUNS = Number(process.env.FC_RUNS ?? 1500);
const SEED = process.env.FC_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FC_SEED ?? 20_261_205);
if (process.env.FC_SEED === 'random') console.log(`pipeline properties: FC_SEED=${SEED}`);
fc.configureGlobal({ seed: SEED });
/** Generous: the cases run in well under this; a long FC_RUNS run needs it. */
const TIMEOUT = { timeout: Math.max(120_000, RUNS * 200) };
const taxonomy = parseTaxonomy(
  readFileSync(new URL('../../content/taxonomy.json', import.meta.url), 'utf8'),
  'taxonomy.json',
);
const encode = (text: string) => new TextEncoder().encode(text);
const build = (bytes: Uint8Array, file = 'p.txt') => buildArticles([{ file, bytes }], taxonomy);

/** Letters, digits and CJK characters: the text a reader must never lose. */
const letters = (text: string): string[] => text.match(/[\p{L}\p{N}]/gu) ?? [];

/** Everything a byline may set aside besides the names and datelines the article keeps. */
const BYLINE_VOCABULARY = new Set(letters('本报特约通讯员见习记者摄影报道实习生'));

/** An article's paragraphs with its photo lines' text (description, then path) where they stand. */
function bodyWithPhotos(article: Article, beforeFirst: readonly string[], afterLast: readonly string[]): string[] {
  const photosAt = (at: number) =>
    (article.photos ?? []).filter((photo) => photo.at === at).flatMap((photo) => [photo.description, photo.path]);
  return [
    ...photosAt(0),
    ...beforeFirst,
    ...article.paragraphs.flatMap((paragraph, index) => [
      paragraph,
      ...(index === article.paragraphs.length - 1 ? afterLast : []),
      ...photosAt(index + 1),
    ]),
  ];
}

/** The page's text in reading order, bylines apart: what must be the source's letters, in order. */
function outputLetters(articles: readonly Article[]): string[] {
  const banner = articles[0]?.page.banner ?? '';
  const pieces = articles.flatMap((article) => {
    const names = article.credits.map((credit) => credit.name);
    const head = [article.title, article.subtitle ?? ''];
    return article.kind === 'photo'
      ? [...head, ...bodyWithPhotos(article, [], names)]
      : [...head, ...bodyWithPhotos(article, [article.dateline ?? '', ...names], [])];
  });
  return letters([banner, ...pieces].join(''));
}

/** What of `source` the output leaves out, or undefined when the output is not in source order. */
function lettersLeftOut(source: readonly string[], output: readonly string[]): string[] | undefined {
  const leftOut: string[] = [];
  let next = 0;
  for (const char of source) {
    if (char === output[next]) next += 1;
    else leftOut.push(char);
  }
  return next === output.length ? leftOut : undefined;
}

function expectNothingLost(sourceText: string, articles: readonly Article[]): void {
  const leftOut = lettersLeftOut(letters(sourceText), outputLetters(articles));
  expect(leftOut, 'output letters are a subsequence of the source').toBeDefined();
  const hasByline = articles.some((article) => article.credits.length > 0 || article.dateline !== undefined);
  if (!hasByline) expect(leftOut).toEqual([]);
  for (const char of leftOut ?? []) expect(BYLINE_VOCABULARY.has(char), `lost "${char}"`).toBe(true);
}

function expectContentError(error: unknown, lineCount: number): void {
  expect(error).toBeInstanceOf(ContentError);
  const { line, message } = error as ContentError;
  expect(message).toMatch(/^p\.txt(:\d+)?: \S/u);
  if (line !== undefined) expect(line).toBeGreaterThanOrEqual(1);
  if (line !== undefined) expect(line).toBeLessThanOrEqual(lineCount);
}

/** Builds a page that may be bad: a ContentError with a real line, or articles that lose nothing. */
function checkAnyPage(bytes: Uint8Array): void {
  const text = new TextDecoder().decode(bytes);
  let articles: Article[];
  try {
    articles = build(bytes);
  } catch (error) {
    expectContentError(error, lineAfter(text));
    return;
  }
  expectNothingLost(text, articles);
  expect(build(bytes)).toEqual(articles);
}

describe('the pipeline on grammatical pages with noise', () => {
  it('reads every page, finds every heading, loses no letter and is deterministic', TIMEOUT, () => {
    fc.assert(
      fc.property(pageModel, (model) => {
        const text = renderDocument(model);
        const articles = build(encode(text));
        expect(articles.map((article) => letters(article.title).join(''))).toEqual(
          model.articles.map((article) => letters(article.title).join('')),
        );
        expect(articles.map((article) => letters(article.subtitle ?? '').join(''))).toEqual(
          model.articles.map((article) => letters(article.subtitle ?? '').join('')),
        );
        // Every photo line comes out as a photo, in its place; none merges into the text around it.
        expect(
          articles.map((article) => (article.photos ?? []).map(({ description, path }) => [description, path])),
        ).toEqual(
          model.articles.map((article) => (article.photos ?? []).map(({ description, path }) => [description, path])),
        );
        const photoLines = model.articles.flatMap((article) =>
          (article.photos ?? []).map(({ description, path }) => `![${description}](${path})`),
        );
        for (const article of articles) {
          // Text may hold "![" anywhere; a photo's own line never ends up in it.
          for (const line of photoLines) expect(article.paragraphs.join('')).not.toContain(line);
          for (const paragraph of article.paragraphs) expect(paragraph).toBe(trimInvisible(paragraph));
          expect(article.paragraphs.join('\n')).not.toMatch(/[\r\u2028\u2029]/u);
        }
        expectNothingLost(text, articles);
        expect(build(encode(text))).toEqual(articles);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the pipeline on anything at all', () => {
  it(
    'throws nothing but a ContentError with a line in the file, and keeps every letter of what it accepts',
    TIMEOUT,
    () => {
      fc.assert(fc.property(damagedPageBytes, checkAnyPage), { numRuns: RUNS });
    },
  );

  it('accepts enough damaged pages for the letter check to mean something', () => {
    const accepted = fc.sample(damagedPageBytes, { numRuns: 400, seed: 7 }).filter((bytes) => {
      try {
        return build(bytes).length > 0;
      } catch {
        return false;
      }
    });
    expect(accepted.length).toBeGreaterThan(60);
  });

  it('survives random text and random bytes', TIMEOUT, () => {
    const randomText = fc.string({ unit: 'binary', maxLength: 400 }).map(encode);
    fc.assert(fc.property(fc.oneof(randomText, fc.uint8Array({ maxLength: 400 })), checkAnyPage), { numRuns: RUNS });
  });
});

describe('article ids across pages', () => {
  const pageFile = fc.record({ file: pageFileName, bytes: pageModel.map((model) => encode(renderDocument(model))) });

  it('are unique, stable when other pages come and go, or the clash of file names is named', TIMEOUT, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(pageFile, { minLength: 1, maxLength: 4, selector: (page) => page.file }),
        (pages: PageFile[]) => {
          let articles: Article[];
          try {
            articles = buildArticles(pages, taxonomy);
          } catch (error) {
            expect(error).toBeInstanceOf(ContentError);
            expect((error as Error).message).toMatch(
              /^(.+): gives the same page id "[a-z0-9-]+" as (.+): rename one of them$/u,
            );
            return;
          }
          const ids = articles.map((article) => article.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const page of pages) {
            const alone = buildArticles([page], taxonomy).map((article) => article.id);
            expect(
              articles.filter((article) => article.source.file === page.file).map((article) => article.id),
            ).toEqual(alone);
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
