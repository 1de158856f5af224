import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { SearchEngine } from './engine.ts';
import { searchDocuments } from './search-documents.ts';
import { decodeFacets, encodeFacets, offsetEntries, packSegment, readBounds } from './segment-file.ts';
import { segmentRanges } from './segments.ts';
import { memoryIndex, taxonomy, testArticles, testDocuments, testPhoto } from './test-archive.ts';

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

describe('a thumbnail in the index', () => {
  const articles = testArticles(100);
  const plain = searchDocuments(articles);
  // In the second segment (64 + 16 + 16 + 4): an article of some weeks ago gets its photo.
  const old = plain[70];
  if (!old) throw new Error('the archive is too small');
  const withPhoto = searchDocuments(articles, new Map([[old.id, [testPhoto(old.id, '#405060')]]]));

  it("is shown with the article's result, and the next article has none", async () => {
    const { source } = await memoryIndex(withPhoto, undefined, policy);
    const engine = await SearchEngine.open(source);
    const [shown, next] = await engine.documents([70, 71]);
    expect(shown?.id).toBe(old.id);
    expect(shown?.thumbnail).toEqual(withPhoto[70]?.thumbnail);
    expect(shown?.thumbnail?.jpeg[0]?.path).toMatch(/-320\.\w+\.jpg$/u);
    expect(next?.thumbnail).toBeUndefined();
  });

  it("builds again the segment of an old article given a photo, and keeps every other segment's bytes", async () => {
    const before = await buildSearchIndex(plain, taxonomy, deflateRawSync, { policy });
    const after = await buildSearchIndex(withPhoto, taxonomy, deflateRawSync, { policy });
    const files = (index: typeof before) => index.manifest.segments.map((segment) => segment.file);
    expect(after.manifest.segments.map((segment) => segment.documents)).toEqual([64, 16, 16, 4]);
    expect(files(after).map((file, at) => file === files(before)[at])).toEqual([true, false, true, true]);
    for (const path of after.files.keys())
      if (before.files.has(path)) expect(after.files.get(path)).toEqual(before.files.get(path));
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
