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
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { parseTaxonomy } from '../src/content/taxonomy.ts';
import { generateCorpus } from '../src/testing/corpus/generate-corpus.ts';
import { readBudgets } from './bench-budgets.ts';

const KB = 1024;
const MB = 1024 * 1024;
const STEPS = [
  { name: 'vite build (app)', command: ['npx', 'vite', 'build'] },
  { name: 'vite build (server)', command: ['npx', 'vite', 'build', '--ssr', 'src/entry-server.tsx'] },
  { name: 'prerender', command: ['npx', 'tsx', 'scripts/prerender.ts'] },
];

interface StepResult {
  name: string;
  wallS: number;
  cpuS: number;
  peakMb: number;
}

/** Runs one build step under GNU time, for its CPU time and peak memory as well as its wall time. */
function runStep(step: (typeof STEPS)[number], env: NodeJS.ProcessEnv): StepResult {
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

const gzipBytes = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

interface SiteFigures {
  files: number;
  bytes: number;
  largestHtml: { path: string; raw: number; gzip: number };
  /** Pages over the per-page budget. */
  oversizedHtml: number;
  firstLoadJsGzip: number;
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
    const gzip = gzipBytes(path);
    if (gzip > htmlGzipLimit) oversizedHtml += 1;
    if (gzip > largest.gzip) largest = { path: path.slice(outDir.length), raw: size, gzip };
  }
  const script =
    /<script type="module"[^>]*src="\/([^"]+)"/.exec(readFileSync(join(outDir, 'index.html'), 'utf8'))?.[1] ?? '';
  return {
    files: count,
    bytes,
    largestHtml: largest,
    oversizedHtml,
    firstLoadJsGzip: script ? gzipBytes(join(outDir, script)) : 0,
  };
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
  const taxonomy = parseTaxonomy(
    readFileSync(new URL('../content/taxonomy.json', import.meta.url), 'utf8'),
    'taxonomy.json',
  );
  mkdirSync(pagesDir);
  for (const { file, text } of generateCorpus({ articles, seed, taxonomy })) writeFileSync(join(pagesDir, file), text);
  console.error(`[bench] building ${articles} articles in ${work}`);
  const env = { ...process.env, CONTENT_DIR: pagesDir, OUT_DIR: outDir, SITE_URL: 'https://news.example.org' };
  const steps = STEPS.map((step) => runStep(step, env));
  const site = siteFigures(outDir, htmlGzipLimit);
  const views = sampleViews(outDir).map((view) => ({
    ...view,
    gzip: gzipBytes(join(outDir, view.path, 'index.html')),
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

function report(result: BuildResult): void {
  const wall = result.steps.reduce((sum, step) => sum + step.wallS, 0);
  console.log(`\n## ${result.articles} articles\n`);
  console.log('| step | wall s | CPU s | peak MB |\n|---|---|---|---|');
  for (const step of result.steps)
    console.log(`| ${step.name} | ${step.wallS.toFixed(1)} | ${step.cpuS.toFixed(1)} | ${step.peakMb.toFixed(0)} |`);
  console.log(
    `| whole build | ${wall.toFixed(1)} | ${result.steps.reduce((sum, step) => sum + step.cpuS, 0).toFixed(1)} | ${Math.max(...result.steps.map((s) => s.peakMb)).toFixed(0)} |`,
  );
  const { site } = result;
  console.log(`\nfiles: ${site.files}; total: ${(site.bytes / MB).toFixed(1)} MB`);
  console.log(
    `largest page: ${site.largestHtml.path} — ${(site.largestHtml.raw / KB).toFixed(1)} KB raw, ${(site.largestHtml.gzip / KB).toFixed(1)} KB gzip`,
  );
  console.log(`pages over the per-page budget (gzip): ${result.site.oversizedHtml}`);
  console.log(`first-load JS: ${(site.firstLoadJsGzip / KB).toFixed(1)} KB gzip\n`);
  console.log('| view | path | first visit (HTML + JS, gzip) | from a list in the app (gzip) |\n|---|---|---|---|');
  for (const view of result.views) {
    console.log(
      `| ${view.name} | ${view.path} | ${((view.gzip + site.firstLoadJsGzip) / KB).toFixed(1)} KB | ${(view.gzip / KB).toFixed(1)} KB |`,
    );
  }
}

const wallOf = (build: BuildResult) => build.steps.reduce((sum, step) => sum + step.wallS, 0);

/** The quarter archive's share of the whole one's time, with and without the fixed cost of any build. */
function quarterShare(whole: BuildResult, quarter: BuildResult, fixed: BuildResult): { raw: number; content: number } {
  return {
    raw: wallOf(quarter) / wallOf(whole),
    content: (wallOf(quarter) - wallOf(fixed)) / (wallOf(whole) - wallOf(fixed)),
  };
}

function misses(result: BuildResult, share: number, budgets: z.infer<typeof budgetsSchema>): string[] {
  const wall = wallOf;
  const found: string[] = [];
  const check = (ok: boolean, message: string) => ok || found.push(message);
  check(wall(result) <= budgets.buildWallSeconds, `build ${wall(result).toFixed(1)} s > ${budgets.buildWallSeconds} s`);
  const peak = Math.max(...result.steps.map((step) => step.peakMb));
  check(peak <= budgets.peakMemoryMb, `peak memory ${peak.toFixed(0)} MB > ${budgets.peakMemoryMb} MB`);
  check(result.site.files <= budgets.files, `${result.site.files} files > ${budgets.files}`);
  check(result.site.bytes / MB <= budgets.totalMb, `${(result.site.bytes / MB).toFixed(0)} MB > ${budgets.totalMb} MB`);
  check(result.site.oversizedHtml === 0, `${result.site.oversizedHtml} pages over ${budgets.htmlGzipKb} KB gzip`);
  for (const view of result.views)
    check(
      view.gzip / KB <= budgets.viewGzipKb,
      `${view.name}: ${(view.gzip / KB).toFixed(1)} KB > ${budgets.viewGzipKb} KB`,
    );
  check(
    share <= budgets.quarterBuildShare,
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
const found = misses(whole, share.content, budgets);
for (const miss of found) console.log(`BUDGET MISSED: ${miss}`);
if (found.length === 0) console.log('all scale budgets hold');
process.exitCode = found.length === 0 ? 0 : 1;
