import { foldedFields } from './match.ts';
import type { FieldRank, SearchDocument } from './search-document.ts';
import { ByteWriter } from './varint.ts';

export interface GramShape {
  /** Grams are indexed up to this many characters; a longer term is checked against the text. */
  maxGram: number;
  /**
   * A gram found in at most this many documents is rare: the index stops growing it, and a term
   * that starts with it is checked in those few documents' text instead.
   */
  rareDocs: number;
}

export interface Posting {
  /** Documents containing the gram. */
  count: number;
  /** Per document, ascending: uint((id − previous id) × 4 + best field rank); the first previous id is −1. */
  bytes: Uint8Array;
}

/**
 * Where a window of `maxGram` + 1 characters occurs (a frequent gram of `maxGram` and the character
 * after it): what proves that a longer term's windows lie side by side, without the text.
 * Occurrences ascend by document, then by offset in the document's fields
 * (joined by a separator no gram spans): uint(document − previous document), then
 * uint((offset − previous offset) × 4 + field rank), the previous offset being −1 in each document.
 */
export interface Positions {
  /** Occurrences. */
  count: number;
  bytes: Uint8Array;
}

export interface GramPostings {
  postings: Map<string, Posting>;
  /**
   * Every occurrence of an indexed gram of `maxGram` characters found in more than `rareDocs`
   * documents, filed under that gram and the character after it: a common gram's thousands of
   * occurrences are split among the windows they begin, and a long term reads only its own.
   */
  positions: Map<string, Positions>;
}

const SEPARATOR = 0; // between fields: no gram spans it

/** Every field of every document, folded, in one string, with the document and rank of each position. */
function concatenate(documents: readonly SearchDocument[]) {
  const parts: string[] = [];
  const spans: { document: number; rank: FieldRank; length: number }[] = [];
  documents.forEach((document, id) => {
    for (const field of foldedFields(document)) {
      parts.push(field.text.replaceAll('\0', ' '), '\0');
      spans.push({ document: id, rank: field.rank, length: field.text.length + 1 });
    }
  });
  const text = parts.join('');
  const documentAt = new Int32Array(text.length);
  const rankAt = new Uint8Array(text.length);
  const documentStart = new Int32Array(documents.length);
  let offset = 0;
  let previous = -1;
  for (const span of spans) {
    if (span.document !== previous) documentStart[span.document] = offset;
    previous = span.document;
    documentAt.fill(span.document, offset, offset + span.length);
    rankAt.fill(span.rank, offset, offset + span.length);
    offset += span.length;
  }
  return { text, documentAt, rankAt, documentStart };
}

/**
 * Postings of every gram of one to `maxGram` characters that a term could need: all grams of one
 * and two characters, and a longer gram wherever the gram one shorter is not rare. Built a length
 * at a time over numeric gram ids (a gram is its prefix's id and one more character), so the work
 * is linear in the text times `maxGram`.
 */
export function buildGramPostings(documents: readonly SearchDocument[], shape: GramShape): GramPostings {
  const { text, documentAt, rankAt, documentStart } = concatenate(documents);
  const grams = new GramTable();
  const gramAt = new Int32Array(text.length).fill(-1);
  for (let position = 0; position < text.length; position += 1) {
    const code = text.charCodeAt(position);
    if (code === SEPARATOR) continue;
    gramAt[position] = grams.add(-1, code, documentAt[position] ?? 0, rankAt[position] as FieldRank);
  }
  for (let length = 2; length <= shape.maxGram; length += 1) {
    for (let position = 0; position + length <= text.length; position += 1) {
      const prefix = gramAt[position] ?? -1;
      if (prefix < 0) continue;
      const code = text.charCodeAt(position + length - 1);
      // Two-character grams always; longer ones only after a prefix that is not rare.
      const grows = code !== SEPARATOR && (length === 2 || grams.documents(prefix) > shape.rareDocs);
      gramAt[position] = grows ? grams.add(prefix, code, documentAt[position] ?? 0, rankAt[position] as FieldRank) : -1;
    }
  }
  // gramAt now holds the longest grams. Positions only for the frequent ones: a long term with a
  // rare window has at most rareDocs candidates, whose text is cheap to check. None at a field's
  // end: no longer term can start there.
  for (let position = 0; position + shape.maxGram < text.length; position += 1) {
    const id = gramAt[position] ?? -1;
    const next = text.charCodeAt(position + shape.maxGram);
    if (id < 0 || next === SEPARATOR || grams.documents(id) <= shape.rareDocs) continue;
    const document = documentAt[position] ?? 0;
    grams.occurs(id, next, document, position - (documentStart[document] ?? 0), rankAt[position] as FieldRank);
  }
  return { postings: grams.postings(), positions: grams.positions() };
}

/** Occurrences of one gram as they come, in text order (so ascending by document and offset). */
class PositionsWriter {
  private readonly writer = new ByteWriter(8);
  private count = 0;
  private document = 0;
  private offset = -1;

  add(document: number, offset: number, rank: FieldRank): void {
    this.writer.uint(document - this.document);
    if (document !== this.document) this.offset = -1;
    this.writer.uint((offset - this.offset) * 4 + rank);
    this.document = document;
    this.offset = offset;
    this.count += 1;
  }

  result(): Positions {
    return { count: this.count, bytes: this.writer.result() };
  }
}

/** Gram ids, their strings and their postings as they grow, one document at a time. */
class GramTable {
  private readonly ids = new Map<number, number>();
  private readonly strings: string[] = [];
  private readonly writers: ByteWriter[] = [];
  private readonly counts: number[] = [];
  private readonly lastDocument: number[] = [];
  private readonly lastRank: FieldRank[] = [];
  private readonly flushedDocument: number[] = [];
  private readonly occurrences = new Map<number, PositionsWriter>();

  documents(id: number): number {
    return this.counts[id] ?? 0;
  }

  add(prefix: number, code: number, document: number, rank: FieldRank): number {
    // Prefix ids stay far below 2^36, so the key is exact.
    const key = (prefix + 1) * 0x10000 + code;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(key, id);
      this.strings.push((prefix < 0 ? '' : (this.strings[prefix] ?? '')) + String.fromCharCode(code));
      this.writers.push(new ByteWriter(8)); // most grams have short postings
      this.counts.push(0);
      this.lastDocument.push(-1);
      this.lastRank.push(rank);
      this.flushedDocument.push(-1);
    }
    if (this.lastDocument[id] === document) {
      if (rank < (this.lastRank[id] ?? rank)) this.lastRank[id] = rank;
      return id;
    }
    this.flush(id);
    this.lastDocument[id] = document;
    this.lastRank[id] = rank;
    this.counts[id] = (this.counts[id] ?? 0) + 1;
    return id;
  }

  /** An occurrence of gram `id` followed by the character `next`. */
  occurs(id: number, next: number, document: number, offset: number, rank: FieldRank): void {
    const key = id * 0x10000 + next;
    let writer = this.occurrences.get(key);
    if (!writer) {
      writer = new PositionsWriter();
      this.occurrences.set(key, writer);
    }
    writer.add(document, offset, rank);
  }

  /** Positions by window: the gram and the character after it. */
  positions(): Map<string, Positions> {
    const positions = new Map<string, Positions>();
    for (const [key, writer] of this.occurrences) {
      const gram = this.strings[Math.floor(key / 0x10000)] ?? '';
      positions.set(gram + String.fromCharCode(key % 0x10000), writer.result());
    }
    return positions;
  }

  postings(): Map<string, Posting> {
    const postings = new Map<string, Posting>();
    this.strings.forEach((gram, id) => {
      this.flush(id);
      postings.set(gram, { count: this.counts[id] ?? 0, bytes: this.writers[id]?.result() ?? new Uint8Array() });
    });
    return postings;
  }

  private flush(id: number): void {
    const document = this.lastDocument[id] ?? -1;
    const flushed = this.flushedDocument[id] ?? -1;
    if (document < 0 || document === flushed) return;
    this.writers[id]?.uint((document - flushed) * 4 + (this.lastRank[id] ?? 0));
    this.flushedDocument[id] = document;
  }
}
