import { buildGramPostings, type GramShape, type Posting } from './gram-index.ts';
import { encodeBucket, type SearchManifest, type SegmentEntry, segmentPath } from './index-format.ts';
import type { SearchDocument } from './search-document.ts';
import { encodeFacets, packSegment } from './segment-file.ts';
import { MERGE_POLICY, type MergePolicy, segmentRanges } from './segments.ts';
import { gramBucket } from './varint.ts';

export interface IndexShape extends GramShape {
  /** Postings bytes (before compression) a bucket holds: what a query reads of a segment for one gram. */
  bucketBytes: number;
  /** Documents per chunk of text: what checking a candidate or showing a result reads. */
  docsPerChunk: number;
}

/**
 * Measured on generated archives of 10,000 and 100,000 articles (docs/search.md). A bucket of 1 KB
 * holds a term's posting and little else: a first search reads one a term in every segment.
 */
export const INDEX_SHAPE: IndexShape = { maxGram: 6, rareDocs: 8, bucketBytes: 1024, docsPerChunk: 4 };

/** Compresses one block (deflate-raw): node:zlib at build time, so that the browser only inflates. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

type Term = { slug: string; name: string };
export type IndexTerms = { districts: readonly Term[]; themes: readonly Term[] };

export interface BuiltSegment {
  entry: SegmentEntry;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

async function contentHash(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.subarray(0, 5)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const maskOf = (slugs: readonly string[], terms: readonly Term[]) =>
  slugs.reduce((mask, slug) => {
    const index = terms.findIndex((term) => term.slug === slug);
    return index < 0 ? mask : mask + 2 ** index;
  }, 0);

/** Grams spread over buckets by a hash of the gram: as many buckets as their bytes need. */
function bucketed(grams: ReadonlyMap<string, Posting>, bucketBytes: number): Map<string, Posting>[] {
  let bytes = 0;
  for (const [gram, posting] of grams) bytes += posting.bytes.length + gram.length * 3;
  const count = Math.max(1, Math.ceil(bytes / bucketBytes));
  const buckets = Array.from({ length: count }, () => new Map<string, Posting>());
  for (const [gram, posting] of grams) buckets[gramBucket(gram, count)]?.set(gram, posting);
  return buckets;
}

/** One segment of the index: documents numbered from 0 within it, in the order given. */
export async function buildSegment(
  documents: readonly SearchDocument[],
  terms: IndexTerms,
  shape: IndexShape,
  deflate: Deflate,
): Promise<BuiltSegment> {
  const grams = buildGramPostings(documents, shape);
  const postings = bucketed(grams.postings, shape.bucketBytes).map(encodeBucket);
  const positions = grams.positions.size === 0 ? [] : bucketed(grams.positions, shape.bucketBytes).map(encodeBucket);
  const chunks: Uint8Array[] = [];
  for (let first = 0; first < documents.length; first += shape.docsPerChunk) {
    chunks.push(encoder.encode(JSON.stringify(documents.slice(first, first + shape.docsPerChunk))));
  }
  const facets = deflate(
    encodeFacets(
      documents.map((document) => ({
        districts: maskOf(document.districts, terms.districts),
        themes: maskOf(document.themes, terms.themes),
      })),
    ),
  );
  // A copy of each compressed block: node:zlib returns a view of a 16 KB buffer, which a segment's
  // tens of thousands of small blocks would otherwise hold until they are packed.
  const compressed = [...postings, ...positions, ...chunks].map((block) => new Uint8Array(deflate(block)));
  const bytes = packSegment([facets, ...compressed]);
  return {
    bytes,
    entry: {
      file: await contentHash(bytes),
      documents: documents.length,
      postings: postings.length,
      positions: positions.length,
      chunks: chunks.length,
      facetsBytes: facets.length,
    },
  };
}

export function searchManifest(
  segments: readonly SegmentEntry[],
  terms: IndexTerms,
  shape: IndexShape,
): SearchManifest {
  return {
    version: 4,
    documents: segments.reduce((sum, segment) => sum + segment.documents, 0),
    maxGram: shape.maxGram,
    rareDocs: shape.rareDocs,
    docsPerChunk: shape.docsPerChunk,
    segments: [...segments],
    // Only what the results show: the taxonomy's aliases and keywords stay behind.
    districts: terms.districts.map(({ slug, name }) => ({ slug, name })),
    themes: terms.themes.map(({ slug, name }) => ({ slug, name })),
  };
}

export interface SearchIndex {
  manifest: SearchManifest;
  /** Path under the site → contents, for every segment file. */
  files: Map<string, Uint8Array>;
}

/**
 * The whole index of `documents` in memory, numbered in the order given: oldest first, so a new
 * edition adds documents at the end and leaves the older segments as they were. (The build makes
 * the same segments through its cache: scripts/search-segments.ts.)
 */
export async function buildSearchIndex(
  documents: readonly SearchDocument[],
  terms: IndexTerms,
  deflate: Deflate,
  { shape = INDEX_SHAPE, policy = MERGE_POLICY }: { shape?: IndexShape; policy?: MergePolicy } = {},
): Promise<SearchIndex> {
  const files = new Map<string, Uint8Array>();
  const entries: SegmentEntry[] = [];
  for (const { first, documents: count } of segmentRanges(documents.length, policy)) {
    const segment = await buildSegment(documents.slice(first, first + count), terms, shape, deflate);
    files.set(segmentPath(segment.entry.file), segment.bytes);
    entries.push(segment.entry);
  }
  return { manifest: searchManifest(entries, terms, shape), files };
}
