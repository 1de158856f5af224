import { buildGramPostings, type GramShape, type Posting } from './gram-index.ts';
import { encodeBucket, encodeFacets, type SearchFileKind, type SearchManifest, searchFile } from './index-format.ts';
import type { SearchDocument } from './search-document.ts';
import { gramBucket } from './varint.ts';

export interface IndexShape extends GramShape {
  /** Postings files at most: a query reads the few its grams hash to. */
  buckets: number;
  /** Postings bytes a file holds before another is added (a small archive needs only one). */
  bucketBytes: number;
  /** Documents per chunk of text: what checking a candidate or showing a result downloads. */
  docsPerChunk: number;
}

/** Measured on the 10,000-article archive (README, "Search"). */
export const INDEX_SHAPE: IndexShape = {
  maxGram: 6,
  rareDocs: 8,
  buckets: 2048,
  bucketBytes: 16 * 1024,
  docsPerChunk: 8,
};

type Term = { slug: string; name: string };

export interface SearchIndex {
  manifest: SearchManifest;
  /** Path under the site → contents; every path but the manifest's carries its content hash. */
  files: Map<string, Uint8Array>;
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

/** Grams spread over files by a hash of the gram: as many as their bytes need, up to `shape.buckets`. */
function bucketed(grams: ReadonlyMap<string, Posting>, shape: IndexShape): Map<string, Posting>[] {
  let bytes = 0;
  for (const [gram, posting] of grams) bytes += posting.bytes.length + gram.length * 3;
  const count = Math.min(shape.buckets, Math.max(1, Math.ceil(bytes / shape.bucketBytes)));
  const buckets = Array.from({ length: count }, () => new Map<string, Posting>());
  for (const [gram, posting] of grams) buckets[gramBucket(gram, count)]?.set(gram, posting);
  return buckets;
}

/**
 * The search index of `documents`, numbered in the order given: oldest first, so a new edition
 * adds documents at the end and leaves the older chunks (and their hashes) as they were.
 */
export async function buildSearchIndex(
  documents: readonly SearchDocument[],
  terms: { districts: readonly Term[]; themes: readonly Term[] },
  shape: IndexShape = INDEX_SHAPE,
): Promise<SearchIndex> {
  const files = new Map<string, Uint8Array>();
  const add = async (kind: SearchFileKind, bytes: Uint8Array<ArrayBuffer>) => {
    const hash = await contentHash(bytes);
    files.set(searchFile(hash, kind), bytes);
    return hash;
  };

  const grams = buildGramPostings(documents, shape);
  const postings = await Promise.all(
    bucketed(grams.postings, shape).map((bucket) => add('postings', encodeBucket(bucket))),
  );
  const positions = await Promise.all(
    bucketed(grams.positions, shape).map((bucket) => add('positions', encodeBucket(bucket))),
  );

  const docs: string[] = [];
  for (let first = 0; first < documents.length; first += shape.docsPerChunk) {
    docs.push(await add('docs', encoder.encode(JSON.stringify(documents.slice(first, first + shape.docsPerChunk)))));
  }
  const masks = documents.map((document) => ({
    districts: maskOf(document.districts, terms.districts),
    themes: maskOf(document.themes, terms.themes),
  }));
  const facets = await add('facets', encodeFacets(masks));

  const manifest: SearchManifest = {
    version: 2,
    documents: documents.length,
    maxGram: shape.maxGram,
    rareDocs: shape.rareDocs,
    docsPerChunk: shape.docsPerChunk,
    postings,
    positions,
    docs,
    facets,
    // Only what the results show: the taxonomy's aliases and keywords stay behind.
    districts: terms.districts.map(({ slug, name }) => ({ slug, name })),
    themes: terms.themes.map(({ slug, name }) => ({ slug, name })),
  };
  return { manifest, files };
}
