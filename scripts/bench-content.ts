/**
 * Content pipeline bench: parses generated pages of 1 MB and 5 MB and generated archives of 2,500
 * and 10,000 articles (read from disk, as the build does), prints the time per MB of each, and
 * checks the `content` budgets in bench/budgets.json: time per MB, and linear growth (five times
 * the bytes may take at most `maxLinearityRatio` times five times as long; the same for four times
 * the articles). Exit code 0 within budget, 1 on a miss.
 *
 * Usage: npm run bench:content
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { buildArticles } from '../src/content/build-articles.ts';
import { loadContent } from '../src/content/load-content.ts';
import { parseTaxonomy } from '../src/content/taxonomy.ts';
import { generateCorpus, generateLargePage } from '../src/testing/corpus/generate-corpus.ts';
import { readBudgets } from './bench-budgets.ts';

const MB = 1024 * 1024;
const RUNS = 3;
const taxonomy = parseTaxonomy(
  readFileSync(new URL('../content/taxonomy.json', import.meta.url), 'utf8'),
  'taxonomy.json',
);

interface Measure {
  name: string;
  bytes: number;
  articles: number;
  ms: number;
}

/** The median of a few runs: one slow run (a GC, another process) does not decide the figure. */
function medianMs(run: () => number): { ms: number; articles: number } {
  const runs = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    const articles = run();
    return { ms: performance.now() - start, articles };
  }).sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(RUNS / 2)] ?? { ms: Number.NaN, articles: 0 };
}

function measurePage(megabytes: number): Measure {
  const bytes = new TextEncoder().encode(generateLargePage({ bytes: megabytes * MB, seed: 1, taxonomy }));
  const { ms, articles } = medianMs(() => buildArticles([{ file: 'large.txt', bytes }], taxonomy).length);
  return { name: `one ${megabytes} MB page`, bytes: bytes.length, articles, ms };
}

function measureArchive(articleCount: number): Measure {
  const dir = mkdtempSync(join(tmpdir(), 'bench-content-'));
  let bytes = 0;
  for (const { file, text } of generateCorpus({ articles: articleCount, seed: 1, taxonomy })) {
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
  }
  const { ms, articles } = medianMs(() => loadContent(dir).articles.length);
  rmSync(dir, { recursive: true, force: true });
  return { name: `archive of ${articleCount} articles`, bytes, articles, ms };
}

const budgetsSchema = z.strictObject({ maxMsPerMb: z.number(), maxLinearityRatio: z.number() });

/** How much faster than linear the larger input grew: 1 is linear, 2 is twice as slow as linear. */
function linearity(small: Measure, large: Measure): number {
  return large.ms / large.bytes / (small.ms / small.bytes);
}

async function main(): Promise<number> {
  const budgets = await readBudgets('content', budgetsSchema);
  measurePage(1); // warm up the JIT so the first figure is not the slowest
  const [page1, page5, archiveSmall, archiveLarge] = [
    measurePage(1),
    measurePage(5),
    measureArchive(2_500),
    measureArchive(10_000),
  ];
  const measures = [page1, page5, archiveSmall, archiveLarge];
  console.log('| input | MB | articles | ms | ms per MB |');
  console.log('|---|---|---|---|---|');
  for (const { name, bytes, articles, ms } of measures) {
    console.log(
      `| ${name} | ${(bytes / MB).toFixed(2)} | ${articles} | ${ms.toFixed(0)} | ${(ms / (bytes / MB)).toFixed(0)} |`,
    );
  }
  const ratios = [
    { name: '5 MB page against five 1 MB pages', ratio: linearity(page1, page5) },
    { name: '10,000 articles against four times 2,500', ratio: linearity(archiveSmall, archiveLarge) },
  ];
  const misses = [
    ...measures
      .filter((m) => m.ms / (m.bytes / MB) > budgets.maxMsPerMb)
      .map((m) => `${m.name}: over ${budgets.maxMsPerMb} ms per MB`),
    ...ratios
      .filter((r) => r.ratio > budgets.maxLinearityRatio)
      .map((r) => `${r.name}: ${r.ratio.toFixed(2)}× linear, over ${budgets.maxLinearityRatio}×`),
  ];
  for (const { name, ratio } of ratios)
    console.log(`linearity, ${name}: ${ratio.toFixed(2)}× (budget ${budgets.maxLinearityRatio}×)`);
  for (const miss of misses) console.log(`BUDGET MISSED: ${miss}`);
  if (misses.length === 0) console.log('all content budgets hold');
  return misses.length === 0 ? 0 : 1;
}

process.exitCode = await main();
