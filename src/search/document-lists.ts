import type { DocumentList } from './index-format.ts';

/** The documents in both lists (both ascending), each with the better of its two ranks. */
export function intersect(a: DocumentList, b: DocumentList): DocumentList {
  const length = Math.min(a.ids.length, b.ids.length);
  const ids = new Int32Array(length);
  const ranks = new Uint8Array(length);
  let kept = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const left = a.ids[i] ?? 0;
    const right = b.ids[j] ?? 0;
    if (left < right) i += 1;
    else if (right < left) j += 1;
    else {
      ids[kept] = left;
      ranks[kept] = Math.min(a.ranks[i] ?? 3, b.ranks[j] ?? 3);
      kept += 1;
      i += 1;
      j += 1;
    }
  }
  return { ids: ids.subarray(0, kept), ranks: ranks.subarray(0, kept) };
}

/** The same documents with every rank set to the worst, for lists that say nothing about where a term is. */
export const withoutRanks = ({ ids }: DocumentList): DocumentList => ({
  ids,
  ranks: new Uint8Array(ids.length).fill(3),
});

/** Ids best first: by rank, then newest (highest id) first. Linear: ranks are 0 to 3. */
export function rankOrder({ ids, ranks }: DocumentList): Int32Array {
  // Where each rank's ids start: a counting sort, stable by id, read backwards for newest first.
  const starts = [0, 0, 0, 0, 0];
  for (const rank of ranks) starts[rank + 1] = (starts[rank + 1] ?? 0) + 1;
  for (let rank = 1; rank < starts.length; rank += 1) starts[rank] = (starts[rank] ?? 0) + (starts[rank - 1] ?? 0);
  const ordered = new Int32Array(ids.length);
  for (let index = ids.length - 1; index >= 0; index -= 1) {
    const rank = ranks[index] ?? 3;
    ordered[starts[rank] ?? 0] = ids[index] ?? 0;
    starts[rank] = (starts[rank] ?? 0) + 1;
  }
  return ordered;
}
