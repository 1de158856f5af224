/**
 * The incremental build end to end: a generated archive is built without its newest day, the day
 * is added and the site built again with the same BUILD_CACHE, and the result is compared with a
 * clean build of the same content. Then a cached document is truncated and the manifest damaged,
 * and the build must notice each and still write the same site.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runToEnd } from '../src/testing/run-to-end.ts';
import { compareTrees, readSiteTree } from './bench-lib/site-tree.ts';
import { holdBackNewestDay, publishHeldDay, writeCorpus } from './bench-lib/write-corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'incremental-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const pages = join(work, 'pages');

/** Runs `npm run build`; returns its output, where the prerenderer says what it rendered and reused. */
/** The environment without what vitest sets (NODE_ENV=test, VITEST…, and import.meta.env as MODE, DEV…), with which Vite would build React for development. */
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL)$/u.test(name)),
);

function build(outDir: string, cache: string): string {
  const result = runToEnd('npm', ['run', '--silent', 'build'], 110_000, {
    env: {
      ...buildEnv,
      CONTENT_DIR: pages,
      OUT_DIR: outDir,
      BUILD_CACHE: cache,
      SITE_URL: 'https://news.example.org',
    },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

const renderedIn = (log: string) => Number(/(\d+) rendered and (\d+) from the build cache/u.exec(log)?.[1]);
const reusedIn = (log: string) => Number(/(\d+) rendered and (\d+) from the build cache/u.exec(log)?.[2]);
const sameSite = (a: string, b: string) => compareTrees(readSiteTree(a), readSiteTree(b));
const noChange = { changed: [], added: [], removed: [] };

// Text only: a build encodes each photo for about a second (write-corpus.test.ts holds back a day with photos).
await writeCorpus({ articles: 300, seed: 7, dir: pages, photos: 0 });

describe('an incremental build', () => {
  const held = holdBackNewestDay(pages, join(work, 'held'));
  const cache = join(work, 'cache');

  it('renders only what a new day touches, and writes the same site as a clean build', () => {
    expect(renderedIn(build(join(work, 'before'), cache))).toBeGreaterThan(300);
    publishHeldDay(held, join(work, 'held'), pages);
    const log = build(join(work, 'after'), cache);
    expect(reusedIn(log)).toBeGreaterThan(250);
    expect(renderedIn(log)).toBeLessThan(reusedIn(log) / 2);
    build(join(work, 'clean'), join(work, 'clean-cache'));
    expect(sameSite(join(work, 'after'), join(work, 'clean'))).toEqual(noChange);
  }, 240_000);

  it('renders again a cached document found truncated, and sets aside a damaged manifest', () => {
    const documents = join(cache, 'documents');
    const fanout = readdirSync(documents)[0] ?? '';
    const victim = join(documents, fanout, readdirSync(join(documents, fanout))[0] ?? '');
    writeFileSync(victim, readFileSync(victim).subarray(0, 100));
    const log = build(join(work, 'truncated'), cache);
    expect(log).toContain('1 cached documents were damaged');
    expect(sameSite(join(work, 'truncated'), join(work, 'clean'))).toEqual(noChange);

    writeFileSync(join(cache, 'manifest.json'), '{"format":1,"build":');
    const cold = build(join(work, 'damaged'), cache);
    expect(cold).toMatch(/set aside .*manifest is damaged/u);
    expect(reusedIn(cold)).toBe(0);
    expect(sameSite(join(work, 'damaged'), join(work, 'clean'))).toEqual(noChange);
  }, 240_000);
});
