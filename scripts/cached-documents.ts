import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DocumentJob, SiteContext } from '../src/entry-server.tsx';
import { documentFile } from '../src/site/paths.ts';
import { type DocumentCache, hashOf } from './document-cache.ts';

/** What a document is rendered from besides the build: its route and its view. */
export const documentInput = ({ path, view }: DocumentJob) =>
  createHash('sha256')
    .update(`${path}\n`)
    .update(JSON.stringify(view ?? null))
    .digest('hex');

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/**
 * What every document depends on besides its view: the server bundle (all of the app's code and
 * its dependencies, as built), the document template (which names the hashed JS and CSS) and
 * where the site is published. Any change there renders every document again.
 */
export function buildKey(
  serverDir: string,
  { template, site, onDemandChunks }: Pick<SiteContext, 'template' | 'site' | 'onDemandChunks'>,
): string {
  const hash = hashOf(JSON.stringify({ template, site, onDemandChunks }));
  const parts = [...filesUnder(serverDir)].map((file) => `${relative(serverDir, file)}:${hashOf(readFileSync(file))}`);
  return hashOf([hash, ...parts].join('\n'));
}

/**
 * Writes documents through the cache: each one the cache holds for the same input is copied, the
 * others go to `render` (in one batch, for every core) and are then kept for the next build.
 * Returns each document's size.
 */
export async function writeThroughCache(
  cache: DocumentCache,
  outDir: string,
  jobs: readonly DocumentJob[],
  render: (jobs: DocumentJob[]) => Promise<Map<string, number>>,
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const missing: { job: DocumentJob; input: string; file: string }[] = [];
  for (const job of jobs) {
    // Hashed once: the same input files the document when it is rendered.
    const input = documentInput(job);
    const file = join(outDir, documentFile(job.path));
    const size = cache.reuse(job.path, input, file);
    if (size === undefined) missing.push({ job, input, file });
    else sizes.set(job.path, size);
  }
  const rendered = missing.length > 0 ? await render(missing.map(({ job }) => job)) : new Map<string, number>();
  for (const { job, input, file } of missing) cache.store(job.path, input, file);
  return new Map([...sizes, ...rendered]);
}
