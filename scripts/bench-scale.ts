/**
 * Archive scale bench: generates an archive of N articles (npm run corpus), builds the site from it
 * and prints the wall and CPU time and peak memory of each build step, the file count and bytes,
 * the largest page, and what a reader transfers for each kind of view. It also builds a quarter of
 * the archive, and a hundredth of it for the fixed cost every build pays (two Vite builds, the
 * service worker, starting Node and its workers), to check that what the articles cost grows
 * linearly. Exit code 0 within the `scale` budgets of bench/budgets.json, 1 on a miss.
 *
 * Usage: npm run bench:scale -- [--articles 10000] [--seed 1]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { BudgetMisses, readBudgets } from './bench-lib/budgets.ts';
import { BUILD_STEPS, buildEnv } from './bench-lib/build-site.ts';
import { describeFirstLoadJs, type FirstLoadJs, firstLoadJs } from './bench-lib/first-load-js.ts';
import { gzipSize } from './bench-lib/gzip-size.ts';
import { markdownTable } from './bench-lib/markdown-table.ts';
import { writeCorpus } from './bench-lib/write-corpus.ts';

// 1024 bytes: the unit of the htmlGzipKb and viewGzipKb budgets (first-load JS is in kB of 1000, see first-load-js.ts).
const KB = 1024;
const MB = 1024 * 1024;
const SITE_URL = 'https://news.example.org';

interface StepResult {
  name: string;
  wallS: number;
  cpuS: number;
  peakMb: number;
}

/** Runs one build step under GNU time, for its CPU time and peak memory as well as its wall time. */
function runStep(step: (typeof BUILD_STEPS)[number], env: NodeJS.ProcessEnv): StepResult {
  const report = join(tmpdir(), `bench-scale-time-${process.pid}.txt`);
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, ...step.command], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${step.name} failed (exit ${result.status})`);
  const [wall = 0, user = 0, system = 0, peakKb = 0] = readFileSync(report, 'utf8')
    .trim()
    .split(/\s+/)
    .slice(-4)
    .map(Number);
  rmSync(report, { force: true });
  return { name: step.name, wallS: wall, cpuS: user + system, peakMb: peakKb / KB };
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

interface SiteFigures {
  files: number;
  bytes: number;
  largestHtml: { path: string; raw: number; gzip: number };
  /** Pages over the per-page budget. */
  oversizedHtml: number;
  firstLoadJs: FirstLoadJs;
}

/** One pass over the output: counts and sizes, and every page's gzip size once. */
function siteFigures(outDir: string, htmlGzipLimit: number): SiteFigures {
  let count = 0;
  let bytes = 0;
  let oversizedHtml = 0;
  let largest = { path: '', raw: 0, gzip: 0 };
  for (const path of files(outDir)) {
    count += 1;
    const size = statSync(path).size;
    bytes += size;
    if (!path.endsWith('.html')) continue;
    const gzip = gzipSize(path);
    if (gzip > htmlGzipLimit) oversizedHtml += 1;
    if (gzip > largest.gzip) largest = { path: path.slice(outDir.length), raw: size, gzip };
  }
  return { files: count, bytes, largestHtml: largest, oversizedHtml, firstLoadJs: firstLoadJs(outDir, SITE_URL) };
}

/** One route of each kind: what a first visit and an in-app navigation to it transfer. */
function sampleViews(outDir: string): { name: string; path: string }[] {
  const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const firstLink = (path: string, pattern: RegExp) => pattern.exec(html(path))?.[1] ?? '/';
  const edition = firstLink('editions', /href="(\/editions\/\d{4}-\d{2}-\d{2}\/)"/);
  return [
    { name: '/', path: '/' },
    { name: 'a filtered list', path: firstLink('', /href="(\/districts\/[a-z-]+\/)"/) },
    { name: 'page 2 of a list', path: '/page/2/' },
    { name: 'an edition', path: edition },
    { name: 'a 版面', path: `${edition}1/` },
    { name: 'an article', path: firstLink('', /href="(\/articles\/[^"]+\/)"/) },
  ];
}

interface BuildResult {
  articles: number;
  steps: StepResult[];
  site: SiteFigures;
  views: { name: string; path: string; gzip: number }[];
}

function buildArchive(articles: number, seed: number, htmlGzipLimit: number): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const pagesDir = join(work, 'pages');
  const outDir = join(work, 'dist');
  writeCorpus({ articles, seed, dir: pagesDir });
  console.error(`[bench] building ${articles} articles in ${work}`);
  const env = buildEnv({ siteUrl: SITE_URL, contentDir: pagesDir, outDir });
  const steps = BUILD_STEPS.map((step) => runStep(step, env));
  const site = siteFigures(outDir, htmlGzipLimit);
  const views = sampleViews(outDir).map((view) => ({
    ...view,
    gzip: gzipSize(join(outDir, view.path, 'index.html')),
  }));
  rmSync(work, { recursive: true, force: true });
  return { articles, steps, site, views };
}

const budgetsSchema = z.strictObject({
  buildWallSeconds: z.number(),
  peakMemoryMb: z.number(),
  files: z.number(),
  totalMb: z.number(),
  htmlGzipKb: z.number(),
  viewGzipKb: z.number(),
  quarterBuildShare: z.number(),
});

const wallOf = (build: BuildResult) => build.steps.reduce((sum, step) => sum + step.wallS, 0);
const cpuOf = (build: BuildResult) => build.steps.reduce((sum, step) => sum + step.cpuS, 0);
const peakOf = (build: BuildResult) => Math.max(...build.steps.map((step) => step.peakMb));

function report(result: BuildResult): void {
  console.log(`\n## ${result.articles} articles\n`);
  const row = (name: string, wall: number, cpu: number, peak: number) => [
    name,
    wall.toFixed(1),
    cpu.toFixed(1),
    peak.toFixed(0),
  ];
  console.log(
    markdownTable(
      ['step', 'wall s', 'CPU s', 'peak MB'],
      [
        ...result.steps.map((step) => row(step.name, step.wallS, step.cpuS, step.peakMb)),
        row('whole build', wallOf(result), cpuOf(result), peakOf(result)),
      ],
    ),
  );
  const { site } = result;
  console.log(`\nfiles: ${site.files}; total: ${(site.bytes / MB).toFixed(1)} MB`);
  console.log(
    `largest page: ${site.largestHtml.path} — ${(site.largestHtml.raw / KB).toFixed(1)} KB raw, ${(site.largestHtml.gzip / KB).toFixed(1)} KB gzip`,
  );
  console.log(`pages over the per-page budget (gzip): ${result.site.oversizedHtml}`);
  console.log(`${describeFirstLoadJs(site.firstLoadJs)}\n`);
  console.log(
    markdownTable(
      ['view', 'path', 'first visit (HTML + JS, gzip)', 'from a list in the app (gzip)'],
      result.views.map((view) => [
        view.name,
        view.path,
        `${((view.gzip + site.firstLoadJs.gzipBytes) / KB).toFixed(1)} KB`,
        `${(view.gzip / KB).toFixed(1)} KB`,
      ]),
    ),
  );
}

/** The quarter archive's share of the whole one's time, with and without the fixed cost of any build. */
function quarterShare(whole: BuildResult, quarter: BuildResult, fixed: BuildResult): { raw: number; content: number } {
  return {
    raw: wallOf(quarter) / wallOf(whole),
    content: (wallOf(quarter) - wallOf(fixed)) / (wallOf(whole) - wallOf(fixed)),
  };
}

function misses(result: BuildResult, share: number, budgets: z.infer<typeof budgetsSchema>): BudgetMisses {
  const found = new BudgetMisses();
  const wall = wallOf(result);
  found.atMost(wall, budgets.buildWallSeconds, `build ${wall.toFixed(1)} s > ${budgets.buildWallSeconds} s`);
  const peak = peakOf(result);
  found.atMost(peak, budgets.peakMemoryMb, `peak memory ${peak.toFixed(0)} MB > ${budgets.peakMemoryMb} MB`);
  found.atMost(result.site.files, budgets.files, `${result.site.files} files > ${budgets.files}`);
  const totalMb = result.site.bytes / MB;
  found.atMost(totalMb, budgets.totalMb, `${totalMb.toFixed(0)} MB > ${budgets.totalMb} MB`);
  found.atMost(result.site.oversizedHtml, 0, `${result.site.oversizedHtml} pages over ${budgets.htmlGzipKb} KB gzip`);
  for (const view of result.views) {
    const kb = view.gzip / KB;
    found.atMost(kb, budgets.viewGzipKb, `${view.name}: ${kb.toFixed(1)} KB > ${budgets.viewGzipKb} KB`);
  }
  found.atMost(
    share,
    budgets.quarterBuildShare,
    `a quarter of the archive costs ${share.toFixed(2)}× the whole (> ${budgets.quarterBuildShare})`,
  );
  return found;
}

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
});
const articles = Number(values.articles);
const budgets = await readBudgets('scale', budgetsSchema);
const htmlGzipLimit = budgets.htmlGzipKb * KB;
const fixed = buildArchive(Math.max(8, Math.round(articles / 100)), Number(values.seed), htmlGzipLimit);
const quarter = buildArchive(Math.round(articles / 4), Number(values.seed), htmlGzipLimit);
const whole = buildArchive(articles, Number(values.seed), htmlGzipLimit);
report(quarter);
report(whole);
const share = quarterShare(whole, quarter, fixed);
console.log(`\nfixed cost of a build (${fixed.articles} articles): ${wallOf(fixed).toFixed(1)} s`);
console.log(
  `linearity: ${quarter.articles} articles build in ${share.raw.toFixed(2)}× the time of ${whole.articles}; without the fixed cost, ${share.content.toFixed(2)}× (budget ≤ ${budgets.quarterBuildShare})`,
);
process.exitCode = misses(whole, share.content, budgets).report('all scale budgets hold', 'BUDGET MISSED: ');
