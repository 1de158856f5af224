import { describe, expect, it } from 'vitest';
import { createRandom } from '../testing/corpus/random.ts';
import type { IndexShape } from './build-index.ts';
import { SearchEngine } from './engine.ts';
import { foldForSearch } from './normalize.ts';
import { parseQuery } from './query.ts';
import { type SearchDocument, searchFields } from './search-document.ts';
import type { MergePolicy } from './segments.ts';
import { memoryIndex, taxonomy, testDocuments } from './test-archive.ts';

const documents = testDocuments(600);
const QUERIES = Number(process.env.SEARCH_QUERIES ?? 300);
/** Segments of every size, as in a ten-year archive: 601 documents make 4×128, 2×32, 3×8 and one. */
const SMALL_SEGMENTS: MergePolicy = { baseDocs: 8, mergeFactor: 4, maxDocs: 128 };

/** The definition, written out plainly: every term inside one field; rank of the best field any term is in. */
function bruteForce(terms: readonly string[]): number[] {
  const ranks = new Map<number, number>();
  documents.forEach((document, id) => {
    const fields = searchFields(document).map((field) => ({ rank: field.rank, text: foldForSearch(field.text) }));
    const termRanks = terms.map((term) =>
      Math.min(...fields.filter((field) => field.text.includes(term)).map((field) => field.rank)),
    );
    if (termRanks.every(Number.isFinite)) ranks.set(id, Math.min(...termRanks));
  });
  return [...ranks.keys()].sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0) || b - a);
}

const toFullWidth = (text: string) =>
  text.replace(/[!-~]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

/** Random queries of the kinds a reader types, and some that must find nothing. */
function randomQueries(count: number, seed: number): string[] {
  const random = createRandom(seed);
  const texts = documents.flatMap((document: SearchDocument) => searchFields(document).map((field) => field.text));
  const paragraphs = documents.flatMap((document) => document.paragraphs);
  const substring = () => {
    const text = random.pick(texts);
    const length = random.int(1, 8);
    const start = random.int(0, Math.max(0, text.length - length));
    return text.slice(start, start + length);
  };
  const kinds = [
    substring,
    // Across a former paragraph break: the end of one paragraph and the start of the next.
    () => {
      const index = random.int(0, paragraphs.length - 2);
      return `${(paragraphs[index] ?? '').slice(-random.int(1, 4))}${(paragraphs[index + 1] ?? '').slice(0, random.int(1, 4))}`;
    },
    // Around punctuation.
    () => {
      const text = random.pick(texts.filter((t) => /[，。、“”：]/u.test(t)));
      const at = text.search(/[，。、“”：]/u);
      return text.slice(Math.max(0, at - random.int(0, 3)), at + random.int(1, 4));
    },
    () => `${substring()} ${substring()}`,
    () => `${substring()}\u3000${substring()} ${substring()}`,
    () => `${substring()}${random.pick(['龘', 'zq', '鑫犇'])}`,
    () => toFullWidth(substring()).toUpperCase(),
  ];
  return Array.from({ length: count }, () => random.pick(kinds)()).filter((query) => query.trim() !== '');
}

async function expectBruteForceAgreement(shape: IndexShape | undefined, seed: number, policy?: MergePolicy) {
  const { source } = await memoryIndex(documents, shape, policy);
  const engine = await SearchEngine.open(source);
  let found = 0;
  for (const query of randomQueries(QUERIES, seed)) {
    const parsed = parseQuery(query);
    if (parsed.kind !== 'terms') continue;
    const expected = bruteForce(parsed.terms);
    expect([...(await engine.search(parsed.terms)).ids], query).toEqual(expected);
    if (expected.length > 0) found += 1;
  }
  // The comparison means something only if most queries find articles and some find none.
  expect(found).toBeGreaterThan(QUERIES / 2);
  expect(found).toBeLessThan(QUERIES);
}

describe('the search engine against a brute-force scan of the archive', () => {
  it('agrees on every random query with the index as built for the site', { timeout: 120_000 }, async () => {
    await expectBruteForceAgreement(undefined, 1);
  });

  it('agrees when the archive is cut into segments of every size', { timeout: 120_000 }, async () => {
    await expectBruteForceAgreement(undefined, 4, SMALL_SEGMENTS);
  });

  it('agrees when short grams and many rare prefixes force it to check text', { timeout: 120_000 }, async () => {
    await expectBruteForceAgreement(
      { maxGram: 3, rareDocs: 150, bucketBytes: 1024, docsPerChunk: 5 },
      2,
      SMALL_SEGMENTS,
    );
  });

  it('agrees when every term longer than a gram is answered by positions', { timeout: 120_000 }, async () => {
    // No gram is rare: every window of a longer term is indexed whole, so none is checked against text.
    await expectBruteForceAgreement({ maxGram: 2, rareDocs: 0, bucketBytes: 4096, docsPerChunk: 8 }, 3);
  });
});

/** The phrase of `length` characters found in the most documents (the first of equals in text order). */
function commonestPhrase(length: number): string {
  const documentsWith = new Map<string, number>();
  for (const document of documents) {
    const phrases = new Set<string>();
    for (const { text } of searchFields(document)) {
      const folded = foldForSearch(text);
      for (let start = 0; start + length <= folded.length; start += 1) phrases.add(folded.slice(start, start + length));
    }
    for (const phrase of phrases) documentsWith.set(phrase, (documentsWith.get(phrase) ?? 0) + 1);
  }
  return [...documentsWith].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0])[0];
}

describe('a term longer than any gram', () => {
  it('is answered from positions when its windows are indexed, downloading no text', { timeout: 60_000 }, async () => {
    const { source, requested } = await memoryIndex(documents);
    const engine = await SearchEngine.open(source);
    const term = commonestPhrase(10);
    const expected = bruteForce([term]);
    expect(expected.length).toBeGreaterThan(8);
    requested.length = 0;
    expect([...(await engine.search([term])).ids]).toEqual(expected);
    expect(requested).not.toContain('chunks');
    expect(requested).toContain('positions');
  });
});

describe('filters and facet counts', () => {
  it('keep the matches in the chosen district and theme, and count each facet within the other one', {
    timeout: 60_000,
  }, async () => {
    const { source } = await memoryIndex(documents, undefined, SMALL_SEGMENTS);
    const engine = await SearchEngine.open(source);
    const random = createRandom(4);
    let filtered = 0;
    for (const query of randomQueries(40, 4)) {
      const parsed = parseQuery(query);
      if (parsed.kind !== 'terms') continue;
      const matches = bruteForce(parsed.terms);
      // '' stands for no filter.
      const district = random.pick(['', ...taxonomy.districts.map((term) => term.slug)]) || undefined;
      const theme = random.pick(['', ...taxonomy.themes.map((term) => term.slug)]) || undefined;
      const inDistrict = (id: number) =>
        district === undefined || (documents[id]?.districts.includes(district) ?? false);
      const inTheme = (id: number) => theme === undefined || (documents[id]?.themes.includes(theme) ?? false);
      const found = await engine.search(parsed.terms, { district, theme });
      expect([...found.ids], query).toEqual(matches.filter((id) => inDistrict(id) && inTheme(id)));
      const countOf = (slug: string, field: 'districts' | 'themes', within: (id: number) => boolean) =>
        matches.filter((id) => within(id) && (documents[id]?.[field].includes(slug) ?? false)).length;
      expect(
        found.districts.map((facet) => facet.count),
        query,
      ).toEqual(taxonomy.districts.map((term) => countOf(term.slug, 'districts', inTheme)));
      expect(
        found.themes.map((facet) => facet.count),
        query,
      ).toEqual(taxonomy.themes.map((term) => countOf(term.slug, 'themes', inDistrict)));
      if (found.ids.length > 0 && (district || theme)) filtered += 1;
    }
    // Some filtered queries must have matches, or the filter was never really tested.
    expect(filtered).toBeGreaterThan(3);
  });
});
