import type { FacetCount } from '../content/schema.ts';
import { rankOrder } from './document-lists.ts';
import { SEARCH_MANIFEST, type SearchManifest, searchManifestSchema, segmentPath } from './index-format.ts';
import type { SearchDocument } from './search-document.ts';
import { type IndexSource, SegmentReader } from './segment-reader.ts';
import { SegmentSearch } from './segment-search.ts';

export type { IndexSource } from './segment-reader.ts';

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

const decoder = new TextDecoder();

/**
 * The query side of the index: loads the manifest and every segment's facets once, then only the
 * blocks a query needs. Each segment answers for its own documents; ids are the whole index's.
 */
export class SearchEngine {
  private readonly districtMasks: MaskTable;
  private readonly themeMasks: MaskTable;

  private constructor(
    private readonly manifest: SearchManifest,
    private readonly segments: readonly SegmentSearch[],
    facets: { districts: number[]; themes: number[] },
  ) {
    this.districtMasks = maskTable(facets.districts);
    this.themeMasks = maskTable(facets.themes);
  }

  static async open(source: IndexSource): Promise<SearchEngine> {
    const manifest = searchManifestSchema.parse(JSON.parse(decoder.decode(await source.file(SEARCH_MANIFEST))));
    let first = 0;
    const segments = manifest.segments.map((entry) => {
      const reader = new SegmentReader(entry, first, source);
      first += entry.documents;
      return new SegmentSearch(reader, manifest);
    });
    if (first !== manifest.documents) throw new Error('search index: its segments do not add up to its documents');
    const facets = await Promise.all(segments.map((segment) => segment.reader.facets()));
    return new SearchEngine(manifest, segments, {
      districts: facets.flatMap((segment) => segment.districts),
      themes: facets.flatMap((segment) => segment.themes),
    });
  }

  /** The segment files the index is made of, by path under the site's base. */
  get segmentFiles(): string[] {
    return this.manifest.segments.map((entry) => segmentPath(entry.file));
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
    const lists = await Promise.all(this.segments.map((segment) => segment.matches(terms)));
    const length = lists.reduce((sum, list) => sum + list.ids.length, 0);
    const ids = new Int32Array(length);
    const ranks = new Uint8Array(length);
    let kept = 0;
    lists.forEach((list, index) => {
      const first = this.segments[index]?.reader.first ?? 0;
      for (let at = 0; at < list.ids.length; at += 1) ids[kept + at] = (list.ids[at] ?? 0) + first;
      ranks.set(list.ranks, kept);
      kept += list.ids.length;
    });
    return rankOrder({ ids, ranks });
  }

  /** A document by its id in the whole index, from the segment that holds it. */
  private document(id: number): Promise<SearchDocument> {
    let low = 0;
    let high = this.segments.length - 1;
    // The last segment whose first document is at most id.
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.segments[middle]?.reader.first ?? 0) <= id) low = middle;
      else high = middle - 1;
    }
    const segment = this.segments[low];
    if (!segment || id < 0 || id >= this.manifest.documents) throw new Error(`search index: no document ${id}`);
    return segment.document(id - segment.reader.first);
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
