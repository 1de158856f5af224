import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { buildArticles } from '../content/build-articles.ts';
import type { Article } from '../content/schema.ts';
import { parseTaxonomy } from '../content/taxonomy.ts';
import type { PublishedPhoto } from '../photos/published-photo.ts';
import { generateCorpus } from '../testing/corpus/generate-corpus.ts';
import { buildSearchIndex, type IndexShape } from './build-index.ts';
import { SEARCH_MANIFEST, segmentPath } from './index-format.ts';
import type { SearchDocument } from './search-document.ts';
import { searchDocuments } from './search-documents.ts';
import { blockIndex, tableBytes } from './segment-file.ts';
import type { IndexSource } from './segment-reader.ts';
import type { MergePolicy } from './segments.ts';

export const taxonomy = parseTaxonomy(
  readFileSync(new URL('../../content/taxonomy.json', import.meta.url), 'utf8'),
  'taxonomy.json',
);

/** Documents a generated archive lacks: Latin letters in either case and width, full-width digits, quotes. */
const MIXED_WIDTH: SearchDocument[] = [
  {
    id: 'mixed-1',
    title: 'ＡＢＣ科技公司工会举办“Hello World”编程赛',
    subtitle: '１２３名职工参赛',
    date: '2030-01-02',
    districts: ['haidian'],
    themes: ['culture-sports'],
    credits: ['Ｌｉ Ｍｉｎｇ'],
    paragraphs: ['本报讯 abc科技公司的职工说：“Ｃｏｄｅ改变生活。”', '比赛共设３个组别，ABC公司工会主席致辞。'],
  },
];

/** A generated archive's articles, in the newspaper's order. */
export function testArticles(articles: number, seed = 7): Article[] {
  const files = generateCorpus({ articles, seed, taxonomy }).map(({ file, text }) => ({
    file,
    bytes: new TextEncoder().encode(text),
  }));
  return buildArticles(files, taxonomy);
}

/** A photo of an article as the build publishes it, in every width the build makes. */
export function testPhoto(articleId: string, colour: string): PublishedPhoto {
  const variants = (extension: string) =>
    [320, 480, 640, 960, 1200, 1600].map((width) => ({
      path: `photos/2023/03/08/${articleId}-1-${width}.0123456789.${extension}`,
      width,
      bytes: width * 40,
    }));
  return {
    description: '职工在书屋阅读',
    at: 0,
    width: 1600,
    height: 1000,
    colour,
    avif: variants('avif'),
    webp: variants('webp'),
    jpeg: variants('jpg'),
  };
}

/** A generated archive (plus a few mixed-width documents) as search documents, oldest first. */
export function testDocuments(articles: number, seed = 7): SearchDocument[] {
  return [...searchDocuments(testArticles(articles, seed)), ...MIXED_WIDTH];
}

/** An index built in memory, and a source that reads it, noting which blocks it was asked for. */
export async function memoryIndex(documents: readonly SearchDocument[], shape?: IndexShape, policy?: MergePolicy) {
  const index = await buildSearchIndex(documents, taxonomy, deflateRawSync, { shape, policy });
  const files = new Map(index.files);
  files.set(SEARCH_MANIFEST, new TextEncoder().encode(JSON.stringify(index.manifest)));
  const entries = new Map(index.manifest.segments.map((entry) => [segmentPath(entry.file), entry]));
  const requested: string[] = [];
  const read = (path: string) => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`no index file ${path}`);
    return bytes;
  };
  /** What a range is: a table entry, the facets, or a block of a kind. */
  const kindOf = (path: string, start: number): string => {
    const entry = entries.get(path);
    if (!entry) return 'unknown';
    if (start < tableBytes(entry)) return 'table';
    if (start === tableBytes(entry)) return 'facets';
    const view = new DataView(read(path).buffer);
    for (const kind of ['postings', 'positions', 'chunks'] as const) {
      for (let number = 0; number < entry[kind]; number += 1) {
        if (view.getUint32(blockIndex(entry, kind, number) * 4, true) === start) return kind;
      }
    }
    return 'unknown';
  };
  const source: IndexSource = {
    file: async (path) => {
      requested.push(path);
      return read(path);
    },
    range: async (path, start, end) => {
      requested.push(kindOf(path, start));
      return read(path).slice(start, end);
    },
  };
  return { index, source, requested };
}
