import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MERGE_POLICY, segmentRanges } from './segments.ts';

const policy = { baseDocs: 4, mergeFactor: 3, maxDocs: 36 };
const key = ({ first, documents }: { first: number; documents: number }) => `${first}+${documents}`;

describe('segments', () => {
  it('cover every document once, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000 }), (documents) => {
        let next = 0;
        for (const range of segmentRanges(documents, policy)) {
          expect(range.first).toBe(next);
          expect(range.documents).toBeGreaterThan(0);
          next += range.documents;
        }
        expect(next).toBe(documents);
      }),
    );
  });

  it('are few: at most mergeFactor − 1 of each size below the largest, and one partial', () => {
    expect(segmentRanges(35, policy).map((range) => range.documents)).toEqual([12, 12, 4, 4, 3]);
    expect(segmentRanges(36, policy).map((range) => range.documents)).toEqual([36]);
    expect(segmentRanges(100, policy).map((range) => range.documents)).toEqual([36, 36, 12, 12, 4]);
    expect(segmentRanges(100_000).length).toBe(8);
    expect(segmentRanges(MERGE_POLICY.maxDocs * 6 - 1).length).toBe(5 + 3 + 3 + 1);
  });

  it('stay as they were when a day is added, but for the newest and those merged into one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 1, max: 40 }), (documents, added) => {
        const before = segmentRanges(documents, policy);
        const after = new Set(segmentRanges(documents + added, policy).map(key));
        const gone = before.filter((range) => !after.has(key(range)));
        // What goes is the newest segments: every segment before them is kept as it was.
        expect(before.slice(0, before.length - gone.length).every((range) => after.has(key(range)))).toBe(true);
        // A whole segment is rewritten only when a merge takes it.
        const goneDocuments = gone.reduce((sum, range) => sum + range.documents, 0);
        expect(goneDocuments).toBeLessThanOrEqual(policy.maxDocs);
      }),
    );
  });
});
