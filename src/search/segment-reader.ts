import { type SegmentEntry, segmentPath } from './index-format.ts';
import { inflate } from './inflate.ts';
import { fetchedOnce } from './memo.ts';
import { type BlockKind, blockIndex, decodeFacets, offsetEntries, readBounds, tableBytes } from './segment-file.ts';

/** How the engine reads the index: the manifest whole, and parts of segment files by byte range. */
export interface IndexSource {
  file(path: string): Promise<Uint8Array>;
  /** Bytes `start` to `end` (exclusive) of a file. */
  range(path: string, start: number, end: number): Promise<Uint8Array<ArrayBuffer>>;
}

/** The blocks of one segment file, each read (two table entries, then the block) and inflated once. */
export class SegmentReader {
  private readonly blocks = new Map<number, Promise<Uint8Array>>();
  private readonly path: string;

  constructor(
    readonly entry: SegmentEntry,
    /** The id of the segment's first document in the whole index. */
    readonly first: number,
    private readonly source: IndexSource,
  ) {
    this.path = segmentPath(entry.file);
  }

  /** Each document's district and theme masks: the block right after the table, bounded by the manifest. */
  async facets(): Promise<{ districts: number[]; themes: number[] }> {
    const start = tableBytes(this.entry);
    const bytes = await inflate(await this.source.range(this.path, start, start + this.entry.facetsBytes));
    return decodeFacets(bytes, this.entry.documents);
  }

  block(kind: BlockKind, number: number): Promise<Uint8Array> {
    const index = blockIndex(this.entry, kind, number);
    return fetchedOnce(this.blocks, index, async () => {
      const entries = offsetEntries(index);
      const { start, end } = readBounds(await this.source.range(this.path, entries.start, entries.end));
      return inflate(await this.source.range(this.path, start, end));
    });
  }
}
