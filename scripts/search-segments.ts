/**
 * The search index as the build writes it: each segment (src/search/segments.ts) is built once and
 * kept in the build cache under a hash of what it is made from, so publishing a day builds only
 * the newest segment (and, now and then, the segments a merge makes).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Content } from '../src/content/load-content.ts';
import type { PublishedPhoto } from '../src/photos/published-photo.ts';
import { buildSegment, INDEX_SHAPE, type IndexTerms, searchManifest } from '../src/search/build-index.ts';
import { SEARCH_MANIFEST, type SegmentEntry, segmentEntrySchema, segmentPath } from '../src/search/index-format.ts';
import { searchDocuments } from '../src/search/search-documents.ts';
import { MERGE_POLICY, segmentRanges } from '../src/search/segments.ts';
import { type DocumentCache, hashOf } from './document-cache.ts';

const SEARCH_CODE = new URL('../src/search/', import.meta.url);

/** What every segment's bytes depend on besides its documents: the code that writes them, its settings, the facets' order. */
function segmentsKey(terms: IndexTerms): string {
  const code = readdirSync(SEARCH_CODE)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => `${name}:${hashOf(readFileSync(new URL(name, SEARCH_CODE)))}`);
  return hashOf(JSON.stringify({ code, shape: INDEX_SHAPE, policy: MERGE_POLICY, terms }));
}

/** A segment's cached file in the site, and its entry, when the cache holds one made from `input`. */
function reused(cache: DocumentCache, outDir: string, key: string, input: string): SegmentEntry | undefined {
  const note = cache.noteOf(key, input);
  if (note === undefined) return undefined;
  const entry = segmentEntrySchema.safeParse(JSON.parse(note));
  if (!entry.success) return undefined;
  return cache.reuse(key, input, join(outDir, segmentPath(entry.data.file))) === undefined ? undefined : entry.data;
}

/**
 * Writes the index's segments (from the cache where it can) and its manifest; says how many were
 * built. A segment is filed under its documents' JSON, thumbnails included: a photo added to an
 * old article, or encoded again, builds that article's segment again, and nothing else does.
 */
export async function writeSearchIndex(
  outDir: string,
  { articles, taxonomy }: Content,
  photos: ReadonlyMap<string, readonly PublishedPhoto[]>,
  cache: DocumentCache,
): Promise<{ documents: number; segments: number; built: number }> {
  const documents = searchDocuments(articles, photos);
  const terms: IndexTerms = { districts: taxonomy.districts, themes: taxonomy.themes };
  const shared = segmentsKey(terms);
  const entries: SegmentEntry[] = [];
  let built = 0;
  for (const { first, documents: count } of segmentRanges(documents.length)) {
    const slice = documents.slice(first, first + count);
    const key = `${segmentPath('')}${first}+${count}`;
    // Document by document: one string for 16,384 documents' JSON would be copied whole.
    const hash = createHash('sha256').update(shared);
    for (const document of slice) hash.update(`\n${JSON.stringify(document)}`);
    const input = hash.digest('hex');
    let entry = reused(cache, outDir, key, input);
    if (!entry) {
      const segment = await buildSegment(slice, terms, INDEX_SHAPE, deflateRawSync);
      entry = segment.entry;
      const file = join(outDir, segmentPath(entry.file));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, segment.bytes);
      cache.store(key, input, file, JSON.stringify(entry));
      built += 1;
    }
    entries.push(entry);
  }
  writeFileSync(join(outDir, SEARCH_MANIFEST), JSON.stringify(searchManifest(entries, terms, INDEX_SHAPE)));
  return { documents: documents.length, segments: entries.length, built };
}
