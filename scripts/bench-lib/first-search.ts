import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type IndexSource, SearchEngine } from '../../src/search/engine.ts';
import { SEARCH_MANIFEST } from '../../src/search/index-format.ts';
import { parseQuery } from '../../src/search/query.ts';
import { gzipSize } from './gzip-size.ts';
import { benchQueries, rareTerm } from './search-queries.ts';

/** What a response's status line and headers add to its body (measured in Chromium: about 250–350 bytes). */
const RESPONSE_HEADER_BYTES = 350;
/** Results the screen shows first. */
const FIRST_PAGE = 20;

export interface FirstSearch {
  name: string;
  query: string;
  matches: number;
  requests: number;
  /** Everything a first search downloads: search's own chunks (gzip), the manifest (gzip), the ranges, their headers. */
  bytes: number;
}

/** Search's own chunks, as bench:search finds them: the worker's, and the results screen's (by its markup). */
function searchChunksBytes(siteDir: string): number {
  const assets = join(siteDir, 'assets');
  return readdirSync(assets)
    .filter(
      (file) =>
        file.startsWith('engine-') ||
        (file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes('data-result-count')),
    )
    .reduce((sum, file) => sum + gzipSize(join(assets, file)) + RESPONSE_HEADER_BYTES, 0);
}

/** The site's index read from its files, adding what each read would download to `tally`. */
function countingSource(siteDir: string, tally: { bytes: number; requests: number }): IndexSource {
  return {
    async file(path) {
      const contents = readFileSync(join(siteDir, path));
      tally.requests += 1;
      tally.bytes += (path === SEARCH_MANIFEST ? gzipSync(contents).length : contents.length) + RESPONSE_HEADER_BYTES;
      return contents;
    },
    async range(path, start, end) {
      tally.requests += 1;
      tally.bytes += end - start + RESPONSE_HEADER_BYTES;
      const bytes = new Uint8Array(end - start);
      const file = openSync(join(siteDir, path), 'r');
      try {
        readSync(file, bytes, 0, bytes.length, start);
      } finally {
        closeSync(file);
      }
      return bytes;
    },
  };
}

/**
 * The bytes of each benched query as a first search on the built site: the engine run in Node over
 * the site's files, counting each file and range it reads, as a browser would download them.
 */
export async function firstSearches(siteDir: string): Promise<FirstSearch[]> {
  const chunks = searchChunksBytes(siteDir);
  const oldest = await SearchEngine.open(countingSource(siteDir, { bytes: 0, requests: 0 }));
  const rare = rareTerm((await oldest.documents([0]))[0]?.title);
  const results: FirstSearch[] = [];
  for (const [name, query] of benchQueries(rare)) {
    const tally = { bytes: chunks, requests: 0 };
    const engine = await SearchEngine.open(countingSource(siteDir, tally));
    const parsed = parseQuery(query);
    const found = parsed.kind === 'terms' ? await engine.search(parsed.terms) : { ids: new Int32Array() };
    await engine.documents(found.ids.subarray(0, FIRST_PAGE));
    results.push({ name, query, matches: found.ids.length, ...tally });
  }
  return results;
}
