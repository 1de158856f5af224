import * as z from 'zod/mini';
import { termSchema } from '../content/term-schema.ts';
import type { Positions, Posting } from './gram-index.ts';
import { ByteReader, ByteWriter } from './varint.ts';

/**
 * Where the index starts, under the site's base. The segment files it names carry their content
 * hash, in a folder of their own so that a host can cache all of it forever (`/search/` is a page).
 */
export const SEARCH_MANIFEST = 'search-index.json';
export const SEARCH_FILES = 'search-index';
export const segmentPath = (hash: string) => `${SEARCH_FILES}/segment-${hash}.bin`;

const count = z.int().check(z.nonnegative());

/** A segment as the manifest lists it: its file, and how many blocks of each kind the file holds. */
export const segmentEntrySchema = z.object({
  /** Content hash of the file. */
  file: z.string(),
  documents: count,
  postings: count,
  positions: count,
  chunks: count,
  /** Bytes of the facets block, which follows the offset table: read with the table's first range. */
  facetsBytes: count,
});
export type SegmentEntry = z.infer<typeof segmentEntrySchema>;

export const searchManifestSchema = z.object({
  version: z.literal(4),
  documents: count,
  maxGram: z.int(),
  rareDocs: z.int(),
  docsPerChunk: z.int().check(z.positive()),
  /** Oldest first: each segment's documents follow the previous segment's. */
  segments: z.array(segmentEntrySchema),
  districts: z.array(termSchema),
  themes: z.array(termSchema),
});
export type SearchManifest = z.infer<typeof searchManifestSchema>;

/** A postings (or positions) file: its grams (sorted) with their counts and bytes. */
export function encodeBucket(grams: ReadonlyMap<string, Posting>): Uint8Array<ArrayBuffer> {
  const writer = new ByteWriter();
  const sorted = [...grams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  writer.uint(sorted.length);
  for (const [gram, posting] of sorted) {
    writer.uint(gram.length);
    for (let index = 0; index < gram.length; index += 1) writer.uint(gram.charCodeAt(index));
    writer.uint(posting.count);
    writer.uint(posting.bytes.length);
    writer.append(posting.bytes);
  }
  return writer.result();
}

export function decodeBucket(bytes: Uint8Array): Map<string, Posting> {
  const reader = new ByteReader(bytes);
  const grams = new Map<string, Posting>();
  for (let left = reader.uint(); left > 0; left -= 1) {
    const codes: number[] = [];
    for (let length = reader.uint(); length > 0; length -= 1) codes.push(reader.uint());
    const count = reader.uint();
    grams.set(String.fromCharCode(...codes), { count, bytes: reader.take(reader.uint()) });
  }
  if (!reader.done) throw new Error('search index: a postings file has bytes after its last gram');
  return grams;
}

/** A decoded posting: document ids ascending, with the best field rank in each. */
export interface DocumentList {
  ids: Int32Array;
  ranks: Uint8Array;
}

export function decodePosting(posting: Posting): DocumentList {
  const { bytes, count } = posting;
  const ids = new Int32Array(count);
  const ranks = new Uint8Array(count);
  let previous = -1;
  let offset = 0;
  // The varint read inline: a common gram's posting holds ten thousand of them, decoded by code
  // that has barely run yet (a worker's first queries), where a call per number costs most.
  for (let index = 0; index < count; index += 1) {
    let value = 0;
    let scale = 1;
    let byte = 0x80;
    while (byte >= 0x80) {
      if (offset >= bytes.length) throw new Error('search index: a number runs past the end of its file');
      byte = bytes[offset++] as number;
      value += (byte & 0x7f) * scale;
      scale *= 0x80;
    }
    previous += Math.floor(value / 4);
    ids[index] = previous;
    ranks[index] = value % 4;
  }
  if (offset !== bytes.length) throw new Error('search index: a posting holds more documents than its count');
  return { ids, ranks };
}

/** Occurrences decoded from Positions: parallel arrays, ascending by document, then offset. */
export interface Occurrences {
  documents: Int32Array;
  offsets: Int32Array;
  ranks: Uint8Array;
}

export function decodePositions(positions: Positions): Occurrences {
  const reader = new ByteReader(positions.bytes);
  const documents = new Int32Array(positions.count);
  const offsets = new Int32Array(positions.count);
  const ranks = new Uint8Array(positions.count);
  let document = 0;
  let offset = -1;
  for (let index = 0; index < positions.count; index += 1) {
    const step = reader.uint();
    document += step;
    if (step > 0) offset = -1;
    const value = reader.uint();
    offset += Math.floor(value / 4);
    documents[index] = document;
    offsets[index] = offset;
    ranks[index] = value % 4;
  }
  if (!reader.done) throw new Error('search index: positions hold more occurrences than their count');
  return { documents, offsets, ranks };
}
