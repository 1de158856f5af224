/**
 * How the index is cut into segments, Lucene's log merge policy computed from the document count
 * alone: documents (oldest first) fill segments of `baseDocs`, `mergeFactor` segments of one size
 * make one of the next, up to `maxDocs`. So a clean build and a build that added a day at a time
 * cut the same archive the same way, and a day rewrites only the newest (partial) segment, plus,
 * now and then, the few full segments that merge into a bigger one.
 */
export interface MergePolicy {
  baseDocs: number;
  mergeFactor: number;
  /** The largest segment: segments this big are never merged again. */
  maxDocs: number;
}

/** About five weeks of the paper a base segment; at most 13 segments over ten years. */
export const MERGE_POLICY: MergePolicy = { baseDocs: 1024, mergeFactor: 4, maxDocs: 16_384 };

/** A segment's documents: ids `first` to `first + documents - 1`. */
export interface SegmentRange {
  first: number;
  documents: number;
}

/** The segments of an index of `documents`, oldest first: biggest sizes first, the newest partial one last. */
export function segmentRanges(documents: number, policy: MergePolicy = MERGE_POLICY): SegmentRange[] {
  const sizes: number[] = [];
  for (let size = policy.baseDocs; size <= policy.maxDocs; size *= policy.mergeFactor) sizes.unshift(size);
  const ranges: SegmentRange[] = [];
  let first = 0;
  for (const size of sizes) {
    for (; documents - first >= size; first += size) ranges.push({ first, documents: size });
  }
  if (first < documents) ranges.push({ first, documents: documents - first });
  return ranges;
}
