/**
 * Content pipeline bench: parses generated pages of 1 MB and 5 MB and generated archives of 2,500
 * and 10,000 articles (read from disk, as the build does), prints the time per MB of each, and
 * checks the `content` budgets in bench/budgets.json: time per MB, and linear growth (five times
 * the bytes may take at most `maxLinearityRatio` times five times as long; the same for four times
 * the articles). Exit code 0 within budget, 1 on a miss.
 *
 * Usage: npm run bench:content
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { buildArticles } from '../src/content/build-articles.ts';
import { loadContent } from '../src/content/load-content.ts';
import { generateLargePage } from '../src/testing/corpus/generate-corpus.ts';
import { BudgetMisses, readBudgets } from './bench-lib/budgets.ts';
import { markdownTable } from './bench-lib/markdown-table.ts';
import { median } from './bench-lib/median.ts';
import { readTaxonomy, writeCorpus } from './bench-lib/write-corpus.ts';

const MB = 1024 * 1024;
const RUNS = 3;
const taxonomy = readTaxonomy();

interface Measure {
  name: string;
  bytes: number;
  articles: number;
  ms: number;
}

/** The median of a few timed runs of `run`, which returns how many articles it read. */
function medianMs(run: () => number): { ms: number; articles: number } {
  const runs = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    const articles = run();
    return { ms: performance.now() - start, articles };
  });
  return median(runs, (timed) => timed.ms).item;
}

function measurePage(megabytes: number): Measure {
  const bytes = new TextEncoder().encode(generateLargePage({ bytes: megabytes * MB, seed: 1, taxonomy }));
  const { ms, articles } = medianMs(() => buildArticles([{ file: 'large.txt', bytes }], taxonomy).length);
  return { name: `one ${megabytes} MB page`, bytes: bytes.length, articles, ms };
}

async function measureArchive(articleCount: number): Promise<Measure> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-content-'));
  // Text only: the pipeline does not read photo files (the build's photos step does).
  const { bytes } = await writeCorpus({ articles: articleCount, seed: 1, dir, photos: 0 });
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
    await measureArchive(2_500),
    await measureArchive(10_000),
  ];
  const measures = [page1, page5, archiveSmall, archiveLarge];
  console.log(
    markdownTable(
      ['input', 'MB', 'articles', 'ms', 'ms per MB'],
      measures.map(({ name, bytes, articles, ms }) => [
        name,
        (bytes / MB).toFixed(2),
        String(articles),
        ms.toFixed(0),
        (ms / (bytes / MB)).toFixed(0),
      ]),
    ),
  );
  const ratios = [
    { name: '5 MB page against five 1 MB pages', ratio: linearity(page1, page5) },
    { name: '10,000 articles against four times 2,500', ratio: linearity(archiveSmall, archiveLarge) },
  ];
  const misses = new BudgetMisses();
  for (const m of measures)
    misses.atMost(m.ms / (m.bytes / MB), budgets.maxMsPerMb, `${m.name}: over ${budgets.maxMsPerMb} ms per MB`);
  for (const r of ratios)
    misses.atMost(
      r.ratio,
      budgets.maxLinearityRatio,
      `${r.name}: ${r.ratio.toFixed(2)}× linear, over ${budgets.maxLinearityRatio}×`,
    );
  for (const { name, ratio } of ratios)
    console.log(`linearity, ${name}: ${ratio.toFixed(2)}× (budget ${budgets.maxLinearityRatio}×)`);
  return misses.report('all content budgets hold', 'BUDGET MISSED: ');
}

process.exitCode = await main();
