import { readFileSync } from 'node:fs';
import { buildArticles } from '../content/build-articles.ts';
import { parseTaxonomy } from '../content/taxonomy.ts';
import { generateCorpus } from '../testing/corpus/generate-corpus.ts';
import { buildSearchIndex, type IndexShape } from './build-index.ts';
import { SEARCH_MANIFEST } from './index-format.ts';
import type { SearchDocument } from './search-document.ts';
import { searchDocuments } from './search-documents.ts';

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

/** A generated archive (plus a few mixed-width documents) as search documents, oldest first. */
export function testDocuments(articles: number, seed = 7): SearchDocument[] {
  const files = generateCorpus({ articles, seed, taxonomy }).map(({ file, text }) => ({
    file,
    bytes: new TextEncoder().encode(text),
  }));
  return [...searchDocuments(buildArticles(files, taxonomy)), ...MIXED_WIDTH];
}

/** An index built in memory, and a fetch that reads it, counting what it was asked for. */
export async function memoryIndex(documents: readonly SearchDocument[], shape?: IndexShape) {
  const index = await buildSearchIndex(documents, taxonomy, shape);
  const files = new Map(index.files);
  files.set(SEARCH_MANIFEST, new TextEncoder().encode(JSON.stringify(index.manifest)));
  const requested: string[] = [];
  const fetchBytes = async (path: string) => {
    requested.push(path);
    const bytes = files.get(path);
    if (!bytes) throw new Error(`no index file ${path}`);
    return bytes;
  };
  return { index, fetchBytes, requested };
}
