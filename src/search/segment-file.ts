import type { SegmentEntry } from './index-format.ts';
import { ByteReader, ByteWriter } from './varint.ts';

/**
 * A segment file: a table of block offsets (uint32, little-endian, one more than there are
 * blocks), then the blocks, each compressed on its own (deflate-raw). A reader fetches two
 * entries of the table and then the block they bound, by HTTP Range: a segment of 16,384 articles
 * is one file, of which a query reads a few kilobytes.
 *
 * Blocks, in order: the facets, the postings buckets, the positions buckets, the text chunks.
 */
const OFFSET_BYTES = 4;

export type BlockKind = 'postings' | 'positions' | 'chunks';

export const blockCount = (entry: SegmentEntry) => 1 + entry.postings + entry.positions + entry.chunks;

/** Where the table ends and the first block (the facets) starts. */
export const tableBytes = (entry: SegmentEntry) => (blockCount(entry) + 1) * OFFSET_BYTES;

/** The number of the `number`th block of a kind. */
export function blockIndex(entry: SegmentEntry, kind: BlockKind, number: number): number {
  const first = { postings: 1, positions: 1 + entry.postings, chunks: 1 + entry.postings + entry.positions }[kind];
  return first + number;
}

/** The table bytes that bound block `index`: its start and its end. */
export const offsetEntries = (index: number) => ({ start: index * OFFSET_BYTES, end: (index + 2) * OFFSET_BYTES });

export function readBounds(entries: Uint8Array): { start: number; end: number } {
  if (entries.length !== 2 * OFFSET_BYTES) throw new Error('search index: a segment table entry is cut short');
  const view = new DataView(entries.buffer, entries.byteOffset, entries.byteLength);
  return { start: view.getUint32(0, true), end: view.getUint32(OFFSET_BYTES, true) };
}

/** The file of a segment's blocks, already compressed. */
export function packSegment(blocks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const table = (blocks.length + 1) * OFFSET_BYTES;
  const size = blocks.reduce((sum, block) => sum + block.length, table);
  if (size > 0xffff_ffff) throw new Error('search index: a segment over 4 GB');
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let offset = table;
  blocks.forEach((block, index) => {
    view.setUint32(index * OFFSET_BYTES, offset, true);
    bytes.set(block, offset);
    offset += block.length;
  });
  view.setUint32(blocks.length * OFFSET_BYTES, offset, true);
  return bytes;
}

type Masks = { districts: number; themes: number };
const FIELDS = ['districts', 'themes'] as const;

/**
 * The facets block: for districts, then themes, the distinct masks (commonest first); then each
 * document's district mask by its number in that list, then each document's theme mask. Two
 * short lists and two columns of small numbers compress better than one list of every
 * (district, theme) pair a segment has. A query's facet counts need every match's masks, so every
 * first query reads all of these, compressed.
 */
export function encodeFacets(masks: readonly Masks[]): Uint8Array<ArrayBuffer> {
  const writer = new ByteWriter();
  const numbers = FIELDS.map((field) => {
    const tally = new Map<number, { count: number; first: number }>();
    masks.forEach((pair, index) => {
      const known = tally.get(pair[field]);
      if (known) known.count += 1;
      else tally.set(pair[field], { count: 1, first: index });
    });
    const distinct = [...tally].sort(([, a], [, b]) => b.count - a.count || a.first - b.first).map(([mask]) => mask);
    writer.uint(distinct.length);
    for (const mask of distinct) writer.uint(mask);
    return new Map(distinct.map((mask, index) => [mask, index]));
  });
  FIELDS.forEach((field, column) => {
    for (const pair of masks) writer.uint(numbers[column]?.get(pair[field]) ?? 0);
  });
  return writer.result();
}

export function decodeFacets(bytes: Uint8Array, documents: number): { districts: number[]; themes: number[] } {
  const reader = new ByteReader(bytes);
  const lists = FIELDS.map(() => Array.from({ length: reader.uint() }, () => reader.uint()));
  const [districts, themes] = lists.map((distinct) =>
    Array.from({ length: documents }, () => {
      const mask = distinct[reader.uint()];
      if (mask === undefined) throw new Error('search index: a document names facets the segment does not list');
      return mask;
    }),
  );
  if (!reader.done) throw new Error('search index: the facets do not match the number of documents');
  return { districts: districts ?? [], themes: themes ?? [] };
}
