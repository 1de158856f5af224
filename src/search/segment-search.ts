import * as z from 'zod/mini';
import { intersect, withoutRanks } from './document-lists.ts';
import type { Positions, Posting } from './gram-index.ts';
import {
  type DocumentList,
  decodeBucket,
  decodePositions,
  decodePosting,
  type Occurrences,
  type SearchManifest,
} from './index-format.ts';
import { foldedFields, matchRank } from './match.ts';
import { fetchedOnce, memo } from './memo.ts';
import { type SearchDocument, searchDocumentSchema } from './search-document.ts';
import type { SegmentReader } from './segment-reader.ts';
import { gramBucket } from './varint.ts';

/** What the index says of a term: the documents that have it for sure (with their best rank), or candidates to check. */
type Evidence = { kind: 'none' } | { kind: 'exact' | 'candidates'; list: DocumentList };

/** A chunk of text is an array of documents, each read through its schema when first used. */
const chunkSchema = z.array(z.unknown());

const decoder = new TextDecoder();

/**
 * The documents where windows occurring at `positions` lie one after another, the window of each
 * starting where `starts` says in the term, with the rank of the field they are in.
 */
function sideBySide(positions: readonly Occurrences[], starts: readonly number[]): DocumentList {
  const [first, ...others] = positions;
  const offsetsOf = others.map(offsetsByDocument);
  const ids: number[] = [];
  const ranks: number[] = [];
  for (let index = 0; first && index < first.documents.length; index += 1) {
    const document = first.documents[index] ?? 0;
    const termStart = (first.offsets[index] ?? 0) - (starts[0] ?? 0);
    if (!offsetsOf.every((offsets, other) => offsets.get(document)?.has(termStart + (starts[other + 1] ?? 0))))
      continue;
    const rank = first.ranks[index] ?? 3;
    if (ids.at(-1) === document) ranks[ranks.length - 1] = Math.min(ranks.at(-1) ?? 3, rank);
    else {
      ids.push(document);
      ranks.push(rank);
    }
  }
  return { ids: Int32Array.from(ids), ranks: Uint8Array.from(ranks) };
}

/** The offsets at which a gram occurs, by document. */
function offsetsByDocument(occurrences: Occurrences): Map<number, Set<number>> {
  const byDocument = new Map<number, Set<number>>();
  occurrences.documents.forEach((document, index) => {
    let offsets = byDocument.get(document);
    if (!offsets) {
      offsets = new Set();
      byDocument.set(document, offsets);
    }
    offsets.add(occurrences.offsets[index] ?? 0);
  });
  return byDocument;
}

/**
 * One segment's side of a query: its documents (numbered from 0 within it) that have every term.
 * Each segment is a complete index of its documents, so the union of their answers is exact.
 */
export class SegmentSearch {
  /** Postings and positions buckets by block, decoded. */
  private readonly buckets = new Map<string, Promise<Map<string, Posting>>>();
  private readonly chunks = new Map<number, Promise<unknown[]>>();
  /** Documents read through their schema, by id: a page of results uses one of each chunk's few. */
  private readonly documentsById = new Map<number, SearchDocument>();
  /** Each posting decoded once, however many queries use it (it lives as long as its bucket). */
  private readonly decoded = new WeakMap<Posting, DocumentList>();
  private readonly decodedPositions = new WeakMap<Positions, Occurrences>();
  /** Each document's fields folded once, however many queries check it. */
  private readonly foldedCache = new WeakMap<SearchDocument, ReturnType<typeof foldedFields>>();

  constructor(
    readonly reader: SegmentReader,
    private readonly manifest: Pick<SearchManifest, 'maxGram' | 'rareDocs' | 'docsPerChunk'>,
  ) {}

  /** This segment's documents with every term, ascending, with the best rank any term is found at. */
  async matches(terms: readonly string[]): Promise<DocumentList> {
    const none = { ids: new Int32Array(), ranks: new Uint8Array() };
    const evidence = await Promise.all(terms.map((term) => this.term(term)));
    const lists: DocumentList[] = [];
    for (const item of evidence) {
      if (item.kind === 'none') return none;
      lists.push(item.kind === 'exact' ? item.list : withoutRanks(item.list));
    }
    // Smallest first: every later intersection is at most that long.
    lists.sort((a, b) => a.ids.length - b.ids.length);
    let matches = lists[0] ?? none;
    for (const list of lists.slice(1)) matches = intersect(matches, list);
    const unsure = terms.filter((_, index) => evidence[index]?.kind !== 'exact');
    return unsure.length > 0 ? this.checked(matches, unsure) : matches;
  }

  async document(id: number): Promise<SearchDocument> {
    const known = this.documentsById.get(id);
    if (known) return known;
    const chunk = Math.floor(id / this.manifest.docsPerChunk);
    const documents = await fetchedOnce(this.chunks, chunk, () =>
      this.reader.block('chunks', chunk).then((bytes) => chunkSchema.parse(JSON.parse(decoder.decode(bytes)))),
    );
    const raw = documents[id % this.manifest.docsPerChunk];
    if (raw === undefined) throw new Error(`search index: no document ${this.reader.first + id}`);
    const document = searchDocumentSchema.parse(raw);
    this.documentsById.set(id, document);
    return document;
  }

  /** Keeps the candidates whose text has every unsure term, with the better of the two ranks. */
  private async checked(candidates: DocumentList, unsure: readonly string[]): Promise<DocumentList> {
    const ranks = await Promise.all(
      [...candidates.ids].map(async (id) => matchRank(this.folded(await this.document(id)), unsure)),
    );
    const ids: number[] = [];
    const kept: number[] = [];
    ranks.forEach((rank, index) => {
      if (rank === undefined) return;
      ids.push(candidates.ids[index] ?? 0);
      kept.push(Math.min(rank, candidates.ranks[index] ?? 3));
    });
    return { ids: Int32Array.from(ids), ranks: Uint8Array.from(kept) };
  }

  private async term(term: string): Promise<Evidence> {
    const { maxGram, rareDocs } = this.manifest;
    if (term.length <= maxGram) return this.window(term);
    // Windows of a gram and the character after it, as positions are filed.
    const span = maxGram + 1;
    const starts = new Set<number>([term.length - span]);
    for (let start = 0; start < term.length - span; start += span) starts.add(start);
    const windows = [...starts].map((start) => term.slice(start, start + span));
    // Windows that all start with a frequent gram have positions, which tell whether they lie side
    // by side: exact, without their postings or the text.
    const positions = await Promise.all(windows.map((window) => this.occurrences(window)));
    if (positions.every((occurrences) => occurrences !== undefined))
      return { kind: 'exact', list: sideBySide(positions, [...starts]) };
    // A window whose gram is rare: every document with all of the windows' grams is a candidate
    // (at most rareDocs). A window whose gram is frequent but has no positions occurs nowhere.
    const grams = await Promise.all(windows.map((window) => this.window(window.slice(0, maxGram))));
    let list: DocumentList | undefined;
    for (const [index, gram] of grams.entries()) {
      if (gram.kind === 'none') return gram;
      if (!positions[index] && gram.kind === 'exact' && gram.list.ids.length > rareDocs) return { kind: 'none' };
      list = list ? intersect(list, gram.list) : gram.list;
    }
    return list && list.ids.length > 0 ? { kind: 'candidates', list } : { kind: 'none' };
  }

  /** Where a window (a frequent gram of maxGram characters and the next one) occurs; undefined for any other. */
  private async occurrences(gram: string): Promise<Occurrences | undefined> {
    const positions = await this.lookup('positions', gram);
    return positions && memo(this.decodedPositions, positions, decodePositions);
  }

  /**
   * A term of at most maxGram characters: its own posting when it is indexed (one bucket in the
   * common case); else its longest prefix's when that is rare; else it occurs nowhere.
   */
  private async window(term: string): Promise<Evidence> {
    const own = await this.lookup('postings', term);
    if (own) return { kind: 'exact', list: this.list(own) };
    if (term.length <= 2) return { kind: 'none' };
    const prefixes = await Promise.all(
      Array.from({ length: term.length - 2 }, (_, index) => this.lookup('postings', term.slice(0, index + 2))),
    );
    let longest: Posting | undefined;
    for (const prefix of prefixes) {
      if (!prefix) break;
      longest = prefix;
    }
    // Only a rare prefix stops the index from growing it; after a frequent one, the next gram would be there.
    const stoppedAtRare = longest !== undefined && longest.count <= this.manifest.rareDocs;
    return stoppedAtRare && longest ? { kind: 'candidates', list: this.list(longest) } : { kind: 'none' };
  }

  private list(posting: Posting): DocumentList {
    return memo(this.decoded, posting, decodePosting);
  }

  /** A gram's entry in the postings or positions bucket its hash picks (each bucket read once). */
  private async lookup(kind: 'postings' | 'positions', gram: string): Promise<Posting | undefined> {
    const count = this.reader.entry[kind];
    if (count === 0) return undefined;
    const number = gramBucket(gram, count);
    const bucket = await fetchedOnce(this.buckets, `${kind}:${number}`, () =>
      this.reader.block(kind, number).then(decodeBucket),
    );
    return bucket.get(gram);
  }

  private folded(document: SearchDocument): ReturnType<typeof foldedFields> {
    return memo(this.foldedCache, document, foldedFields);
  }
}
