import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { decodeFacets, encodeFacets, offsetEntries, packSegment, readBounds } from './segment-file.ts';
import { segmentRanges } from './segments.ts';
import { taxonomy, testDocuments } from './test-archive.ts';

const documents = testDocuments(300);
const policy = { baseDocs: 16, mergeFactor: 4, maxDocs: 256 };

describe('the segmented index', () => {
  it('grows by appending: a day later, the older segments keep their files, names and bytes', async () => {
    const before = await buildSearchIndex(documents.slice(0, 270), taxonomy, deflateRawSync, { policy });
    const after = await buildSearchIndex(documents.slice(0, 301), taxonomy, deflateRawSync, { policy });
    const kept = [...after.files.keys()].filter((path) => before.files.has(path));
    for (const path of kept) expect(after.files.get(path)).toEqual(before.files.get(path));
    // 270 = 256 + 14 and 301 = 256 + 2×16 + 13: the big segment stays, the newest is replaced by three.
    expect(before.manifest.segments.map((segment) => segment.documents)).toEqual([256, 14]);
    expect(after.manifest.segments.map((segment) => segment.documents)).toEqual([256, 16, 16, 13]);
    expect(kept).toHaveLength(1);
  });

  it('is the same, byte for byte, when built again from the same documents', async () => {
    const once = await buildSearchIndex(documents, taxonomy, deflateRawSync, { policy });
    const again = await buildSearchIndex(documents, taxonomy, deflateRawSync, { policy });
    expect(again.manifest).toEqual(once.manifest);
    expect([...again.files]).toEqual([...once.files]);
    expect(once.manifest.segments).toHaveLength(segmentRanges(documents.length, policy).length);
  });
});

describe('a segment file', () => {
  it('bounds each block by two entries of its table', () => {
    const blocks = [Uint8Array.of(1, 2, 3), Uint8Array.of(), Uint8Array.of(9)];
    const file = packSegment(blocks);
    blocks.forEach((block, index) => {
      const entries = offsetEntries(index);
      const { start, end } = readBounds(file.slice(entries.start, entries.end));
      expect(file.slice(start, end)).toEqual(block);
    });
    expect(() => readBounds(Uint8Array.of(1, 2, 3))).toThrow(/cut short/u);
  });

  it('keeps every document’s districts and themes, and refuses a block that does not match', () => {
    const masks = [
      { districts: 1, themes: 6 },
      { districts: 2 ** 40, themes: 0 },
      { districts: 1, themes: 6 },
    ];
    const bytes = encodeFacets(masks);
    expect(decodeFacets(bytes, 3)).toEqual({ districts: [1, 2 ** 40, 1], themes: [6, 0, 6] });
    expect(() => decodeFacets(bytes, 2)).toThrow(/do not match/u);
    expect(() => decodeFacets(bytes, 4)).toThrow(/runs past|does not list/u);
  });
});
