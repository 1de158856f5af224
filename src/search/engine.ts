import * as z from 'zod/mini';
import type { FacetCount } from '../content/schema.ts';
import { intersect, rankOrder, withoutRanks } from './document-lists.ts';
import type { Positions, Posting } from './gram-index.ts';
import {
  type DocumentList,
  decodeBucket,
  decodeFacets,
  decodePositions,
  decodePosting,
  type Occurrences,
  SEARCH_MANIFEST,
  type SearchManifest,
  searchFile,
  searchManifestSchema,
} from './index-format.ts';
import { foldedFields, matchRank } from './match.ts';
import { type SearchDocument, searchDocumentSchema } from './search-document.ts';
import { gramBucket } from './varint.ts';

/** Reads one file of the index, by its path under the site's base. */
export type FetchBytes = (path: string) => Promise<Uint8Array>;

/** What the index says of a term: the documents that have it for sure (with their best rank), or candidates to check. */
type Evidence = { kind: 'none' } | { kind: 'exact' | 'candidates'; list: DocumentList };

export interface SearchFilter {
  district?: string;
  theme?: string;
}

export interface SearchMatches {
  /** Matching document ids, best first: title before subtitle before lead before body, then newest first. */
  ids: Int32Array;
  /** Counts over the query's matches: districts within the chosen theme, themes within the chosen district. */
  districts: FacetCount[];
  themes: FacetCount[];
}

/** A chunk of text is an array of documents, each read through its schema when first used. */
const chunkSchema = z.array(z.unknown());

/**
 * Documents' district (or theme) masks as indices into the few distinct masks there are, so that
 * a query filters and tallies ten thousand matches with array lookups.
 */
interface MaskTable {
  masks: number[];
  ofDocument: Uint32Array;
}

function maskTable(masks: readonly number[]): MaskTable {
  const indexOf = new Map<number, number>();
  const ofDocument = new Uint32Array(masks.length);
  masks.forEach((mask, id) => {
    let index = indexOf.get(mask);
    if (index === undefined) {
      index = indexOf.size;
      indexOf.set(mask, index);
    }
    ofDocument[id] = index;
  });
  return { masks: [...indexOf.keys()], ofDocument };
}

/** What `make` gives for `key`, made once however often it is asked for. */
function memo<K extends object, V>(cache: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    cache.set(key, value);
  }
  return value;
}

/** A file's decoded contents, downloaded once; a failed download is tried again by the next query. */
function fetchedOnce<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}

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
const decoder = new TextDecoder();

/** The query side of the index: loads the manifest and facets once, then only the files a query needs. */
export class SearchEngine {
  /** Postings and positions files by path, decoded. */
  private readonly buckets = new Map<string, Promise<Map<string, Posting>>>();
  private readonly chunks = new Map<number, Promise<unknown[]>>();
  /** Documents read through their schema, by id: a page of results uses one of each chunk's eight. */
  private readonly documentsById = new Map<number, SearchDocument>();
  /** Each posting decoded once, however many queries use it (it lives as long as its file). */
  private readonly decoded = new WeakMap<Posting, DocumentList>();
  private readonly decodedPositions = new WeakMap<Positions, Occurrences>();
  /** Each document's fields folded once, however many queries check it. */
  private readonly foldedCache = new WeakMap<SearchDocument, ReturnType<typeof foldedFields>>();

  private readonly districtMasks: MaskTable;
  private readonly themeMasks: MaskTable;

  private constructor(
    private readonly manifest: SearchManifest,
    facets: { districts: number[]; themes: number[] },
    private readonly fetchBytes: FetchBytes,
  ) {
    this.districtMasks = maskTable(facets.districts);
    this.themeMasks = maskTable(facets.themes);
  }

  static async open(fetchBytes: FetchBytes): Promise<SearchEngine> {
    const manifest = searchManifestSchema.parse(JSON.parse(decoder.decode(await fetchBytes(SEARCH_MANIFEST))));
    const facets = decodeFacets(await fetchBytes(searchFile(manifest.facets, 'facets')), manifest.documents);
    return new SearchEngine(manifest, facets, fetchBytes);
  }

  get documentCount(): number {
    return this.manifest.documents;
  }

  /** Districts and themes by slug, with their names, for showing results. */
  get terms(): { districts: { slug: string; name: string }[]; themes: { slug: string; name: string }[] } {
    return { districts: this.manifest.districts, themes: this.manifest.themes };
  }

  /** Every document containing every term (folded, as parseQuery gives them), ranked, with facet counts. */
  async search(terms: readonly string[], filter: SearchFilter = {}): Promise<SearchMatches> {
    const ranked = await this.rankedMatches(terms);
    const district = this.bit(this.manifest.districts, filter.district);
    const theme = this.bit(this.manifest.themes, filter.theme);
    const has = (bit: number | undefined) => (mask: number) => bit === undefined || Math.floor(mask / bit) % 2 === 1;
    const districtMasks = this.districtMasks;
    const themeMasks = this.themeMasks;
    const districtOk = districtMasks.masks.map(has(district));
    const themeOk = themeMasks.masks.map(has(theme));
    // One pass: the matches in both filters, and each mask's matches within the other filter.
    const districtTally = new Float64Array(districtMasks.masks.length);
    const themeTally = new Float64Array(themeMasks.masks.length);
    const ids = new Int32Array(ranked.length);
    let kept = 0;
    for (const id of ranked) {
      const districtMask = districtMasks.ofDocument[id] ?? 0;
      const themeMask = themeMasks.ofDocument[id] ?? 0;
      const inDistrict = districtOk[districtMask] ?? false;
      const inTheme = themeOk[themeMask] ?? false;
      if (inDistrict && inTheme) ids[kept++] = id;
      if (inTheme) districtTally[districtMask] = (districtTally[districtMask] ?? 0) + 1;
      if (inDistrict) themeTally[themeMask] = (themeTally[themeMask] ?? 0) + 1;
    }
    return {
      ids: ids.slice(0, kept),
      districts: this.count(this.manifest.districts, districtMasks.masks, districtTally),
      themes: this.count(this.manifest.themes, themeMasks.masks, themeTally),
    };
  }

  /** The documents behind some ids, for showing them. */
  async documents(ids: ArrayLike<number>): Promise<SearchDocument[]> {
    return Promise.all(Array.from(ids, (id) => this.document(id)));
  }

  private async rankedMatches(terms: readonly string[]): Promise<Int32Array> {
    if (terms.length === 0) return new Int32Array();
    const evidence = await Promise.all(terms.map((term) => this.term(term)));
    const lists: DocumentList[] = [];
    for (const item of evidence) {
      if (item.kind === 'none') return new Int32Array();
      lists.push(item.kind === 'exact' ? item.list : withoutRanks(item.list));
    }
    // Smallest first: every later intersection is at most that long.
    lists.sort((a, b) => a.ids.length - b.ids.length);
    let matches = lists[0] ?? { ids: new Int32Array(), ranks: new Uint8Array() };
    for (const list of lists.slice(1)) matches = intersect(matches, list);
    const unsure = terms.filter((_, index) => evidence[index]?.kind !== 'exact');
    if (unsure.length > 0) matches = await this.checked(matches, unsure);
    return rankOrder(matches);
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
    const { maxGram } = this.manifest;
    if (term.length <= maxGram) return this.window(term);
    const starts = new Set<number>([term.length - maxGram]);
    for (let start = 0; start < term.length - maxGram; start += maxGram) starts.add(start);
    const windows = [...starts].map((start) => term.slice(start, start + maxGram));
    // Windows that are all frequent grams have positions, which tell whether they lie side by side:
    // exact, without their postings or the text.
    const positions = await Promise.all(windows.map((window) => this.occurrences(window)));
    if (positions.every((occurrences) => occurrences !== undefined))
      return { kind: 'exact', list: sideBySide(positions, [...starts]) };
    // A rare window: every document with all of the windows is a candidate (at most rareDocs).
    let list: DocumentList | undefined;
    for (const window of await Promise.all(windows.map((window) => this.window(window)))) {
      if (window.kind === 'none') return window;
      list = list ? intersect(list, window.list) : window.list;
    }
    return list && list.ids.length > 0 ? { kind: 'candidates', list } : { kind: 'none' };
  }

  /** Where a frequent gram of maxGram characters occurs; undefined for any other. */
  private async occurrences(gram: string): Promise<Occurrences | undefined> {
    const positions = await this.lookup('positions', gram);
    return positions && memo(this.decodedPositions, positions, decodePositions);
  }

  /**
   * A term of at most maxGram characters: its own posting when it is indexed (one postings file
   * in the common case); else its longest prefix's when that is rare; else it occurs nowhere.
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

  /** A gram's entry in the postings or positions file its hash picks (each file fetched once). */
  private async lookup(kind: 'postings' | 'positions', gram: string): Promise<Posting | undefined> {
    const hashes = this.manifest[kind];
    const path = searchFile(hashes[gramBucket(gram, hashes.length)] ?? '', kind);
    return (await fetchedOnce(this.buckets, path, () => this.fetchBytes(path).then(decodeBucket))).get(gram);
  }

  private async document(id: number): Promise<SearchDocument> {
    const known = this.documentsById.get(id);
    if (known) return known;
    const chunk = Math.floor(id / this.manifest.docsPerChunk);
    const path = searchFile(this.manifest.docs[chunk] ?? '', 'docs');
    const documents = await fetchedOnce(this.chunks, chunk, () =>
      this.fetchBytes(path).then((bytes) => chunkSchema.parse(JSON.parse(decoder.decode(bytes)))),
    );
    const raw = documents[id % this.manifest.docsPerChunk];
    if (raw === undefined) throw new Error(`search index: no document ${id}`);
    const document = searchDocumentSchema.parse(raw);
    this.documentsById.set(id, document);
    return document;
  }

  private folded(document: SearchDocument): ReturnType<typeof foldedFields> {
    return memo(this.foldedCache, document, foldedFields);
  }

  private bit(terms: readonly { slug: string }[], slug: string | undefined): number | undefined {
    if (slug === undefined) return undefined;
    const index = terms.findIndex((term) => term.slug === slug);
    // An unknown slug matches nothing rather than everything.
    return index < 0 ? Number.MAX_SAFE_INTEGER : 2 ** index;
  }

  /** Each facet's count, from how many matches have each (district or theme) mask. */
  private count(
    terms: readonly { slug: string; name: string }[],
    masks: readonly number[],
    tally: Float64Array,
  ): FacetCount[] {
    // Spread each distinct mask's tally over its bits.
    const counts = terms.map((term) => ({ ...term, count: 0 }));
    masks.forEach((distinct, index) => {
      const documents = tally[index] ?? 0;
      for (let bit = 0, mask = distinct; mask > 0 && documents > 0; bit += 1, mask = Math.floor(mask / 2)) {
        const facet = counts[bit];
        if (facet && mask % 2 === 1) facet.count += documents;
      }
    });
    return counts;
  }
}
