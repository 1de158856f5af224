import type { Posting } from './gram-index.ts';
import { decodeBucket, decodeFacets, decodePosting, searchFile, searchManifestSchema, SEARCH_MANIFEST, type SearchManifest } from './index-format.ts';
import { foldedFields, matchRank } from './match.ts';
import { searchDocumentSchema, type SearchDocument } from './search-document.ts';
import { gramBucket } from './varint.ts';
import * as z from 'zod/mini';

/** Reads one file of the index, by its path under the site's base. */
export type FetchBytes = (path: string) => Promise<Uint8Array>;

/** What the index says of a term: the documents that have it for sure (with their best rank), or candidates to check. */
type Evidence = { kind: 'none' } | { kind: 'exact'; documents: Map<number, number> } | { kind: 'candidates'; documents: Set<number> };

export interface SearchFilter {
  district?: string;
  theme?: string;
}

export interface FacetCount {
  slug: string;
  name: string;
  count: number;
}

export interface SearchMatches {
  /** Matching document ids, best first: title before subtitle before lead before body, then newest first. */
  ids: number[];
  /** Counts over the query's matches: districts within the chosen theme, themes within the chosen district. */
  districts: FacetCount[];
  themes: FacetCount[];
}

const documentsSchema = z.array(searchDocumentSchema);
const decoder = new TextDecoder();

/** The query side of the index: loads the manifest and facets once, then only the files a query needs. */
export class SearchEngine {
  private readonly buckets = new Map<number, Promise<Map<string, Posting>>>();
  private readonly chunks = new Map<number, Promise<SearchDocument[]>>();

  private constructor(
    private readonly manifest: SearchManifest,
    private readonly facets: { districts: number[]; themes: number[] },
    private readonly fetchBytes: FetchBytes,
  ) {}

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
    const has = (mask: number | undefined, bit: number | undefined) => bit === undefined || Math.floor((mask ?? 0) / bit) % 2 === 1;
    const inDistrict = (id: number) => has(this.facets.districts[id], district);
    const inTheme = (id: number) => has(this.facets.themes[id], theme);
    return {
      ids: ranked.filter((id) => inDistrict(id) && inTheme(id)),
      districts: this.count(this.manifest.districts, this.facets.districts, ranked.filter(inTheme)),
      themes: this.count(this.manifest.themes, this.facets.themes, ranked.filter(inDistrict)),
    };
  }

  /** The documents behind some ids, for showing them. */
  async documents(ids: readonly number[]): Promise<SearchDocument[]> {
    return Promise.all(ids.map((id) => this.document(id)));
  }

  private async rankedMatches(terms: readonly string[]): Promise<number[]> {
    if (terms.length === 0) return [];
    const evidence = await Promise.all(terms.map((term) => this.term(term)));
    const sets = evidence.map((item) => (item.kind === 'none' ? new Set<number>() : new Set(item.documents.keys())));
    sets.sort((a, b) => a.size - b.size);
    const [smallest = new Set<number>(), ...others] = sets;
    const ids = [...smallest].filter((id) => others.every((set) => set.has(id)));
    const unsure = terms.filter((_, index) => evidence[index]?.kind !== 'exact');
    const ranks = new Map<number, number>();
    await Promise.all(
      ids.map(async (id) => {
        const sure = evidence.map((item) => (item.kind === 'exact' ? (item.documents.get(id) ?? 3) : 3));
        const checked = unsure.length === 0 ? Math.min(...sure) : matchRank(foldedFields(await this.document(id)), unsure);
        if (checked !== undefined) ranks.set(id, Math.min(checked, ...sure));
      }),
    );
    return [...ranks.keys()].sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0) || b - a);
  }

  private async term(term: string): Promise<Evidence> {
    const { maxGram } = this.manifest;
    if (term.length <= maxGram) return this.window(term);
    // Longer than any gram: every document with all of its windows is a candidate.
    const starts = new Set<number>([term.length - maxGram]);
    for (let start = 0; start < term.length - maxGram; start += maxGram) starts.add(start);
    const windows = await Promise.all([...starts].map((start) => this.window(term.slice(start, start + maxGram))));
    if (windows.some((window) => window.kind === 'none')) return { kind: 'none' };
    const sets = windows.map((window) => new Set(window.kind === 'none' ? [] : window.documents.keys()));
    const [first = new Set<number>(), ...rest] = sets;
    return { kind: 'candidates', documents: new Set([...first].filter((id) => rest.every((set) => set.has(id)))) };
  }

  /** A term of at most maxGram characters: its own posting, or its longest prefix's when that is rare. */
  private async window(term: string): Promise<Evidence> {
    const lengths = term.length === 1 ? [1] : Array.from({ length: term.length - 1 }, (_, index) => index + 2);
    const postings = await Promise.all(lengths.map((length) => this.posting(term.slice(0, length))));
    let previous: Posting | undefined;
    for (const posting of postings) {
      if (!posting) {
        // A prefix that is not rare would have had this gram indexed: the term occurs nowhere.
        return previous && previous.count <= this.manifest.rareDocs
          ? { kind: 'candidates', documents: new Set(decodePosting(previous).keys()) }
          : { kind: 'none' };
      }
      previous = posting;
    }
    return previous ? { kind: 'exact', documents: decodePosting(previous) } : { kind: 'none' };
  }

  private async posting(gram: string): Promise<Posting | undefined> {
    const bucket = gramBucket(gram, this.manifest.postings.length);
    let grams = this.buckets.get(bucket);
    if (!grams) {
      const hash = this.manifest.postings[bucket] ?? '';
      grams = this.fetchBytes(searchFile(hash, 'postings')).then(decodeBucket);
      // A failed download is tried again by the next query.
      grams.catch(() => this.buckets.delete(bucket));
      this.buckets.set(bucket, grams);
    }
    return (await grams).get(gram);
  }

  private async document(id: number): Promise<SearchDocument> {
    const chunk = Math.floor(id / this.manifest.docsPerChunk);
    let documents = this.chunks.get(chunk);
    if (!documents) {
      const hash = this.manifest.docs[chunk] ?? '';
      documents = this.fetchBytes(searchFile(hash, 'docs')).then((bytes) => documentsSchema.parse(JSON.parse(decoder.decode(bytes))));
      documents.catch(() => this.chunks.delete(chunk));
      this.chunks.set(chunk, documents);
    }
    const document = (await documents)[id % this.manifest.docsPerChunk];
    if (!document) throw new Error(`search index: no document ${id}`);
    return document;
  }

  private bit(terms: readonly { slug: string }[], slug: string | undefined): number | undefined {
    if (slug === undefined) return undefined;
    const index = terms.findIndex((term) => term.slug === slug);
    // An unknown slug matches nothing rather than everything.
    return index < 0 ? Number.MAX_SAFE_INTEGER : 2 ** index;
  }

  private count(terms: readonly { slug: string; name: string }[], masks: readonly number[], ids: readonly number[]): FacetCount[] {
    const counts = terms.map((term) => ({ ...term, count: 0 }));
    for (const id of ids) {
      let mask = masks[id] ?? 0;
      for (let index = 0; mask > 0; index += 1, mask = Math.floor(mask / 2)) {
        const facet = counts[index];
        if (facet && mask % 2 === 1) facet.count += 1;
      }
    }
    return counts;
  }
}
