/**
 * Archive scale bench: generates an archive of N articles (npm run corpus), builds the site from it
 * and prints the wall and CPU time and peak memory of each build step, files and bytes (in all and
 * per article), the widest folder, the largest page, and what a reader transfers for each kind of
 * view. Then it publishes one more day, as an editor would: the archive is built without its
 * newest day first, the day is added, and the site built again; it reports that build's time and
 * the files a deploy would upload or delete (by checksum). It also builds a quarter of the
 * archive, and a hundredth of it for the fixed cost every build pays (two Vite builds, the service
 * worker, starting Node and its workers), to check that what the articles cost grows linearly.
 * Exit code 0 within the `scale` budgets of bench/budgets.json, 1 on a miss.
 *
 * Usage: npm run bench:scale -- [--articles 10000] [--seed 1] [--photos 0]
 * The archives above are text only: the budgets count pages and data. `--photos SHARE` (0.2 is the
 * paper's share, npm run corpus) also builds the whole archive with photos: its first build with
 * every photo encoded, publishing a day (which must encode only that day's photos and add only
 * its photo files), and a clean build with only the photo cache kept, which may take at most
 * `photoWarmExtraSeconds` longer than the text alone. Photo files and bytes are reported apart.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { BudgetMisses, readBudgets } from './bench-lib/budgets.ts';
import { BUILD_STEPS, buildEnv } from './bench-lib/build-site.ts';
import { describeFirstLoadJs, type FirstLoadJs, firstLoadJs } from './bench-lib/first-load-js.ts';
import { type FirstSearch, firstSearches } from './bench-lib/first-search.ts';
import { gzipSize } from './bench-lib/gzip-size.ts';
import { markdownTable } from './bench-lib/markdown-table.ts';
import { photoMisses, reportPhotos } from './bench-lib/photo-report.ts';
import { buildPhotoArchive } from './bench-lib/photo-scale.ts';
import { compareTrees, readSiteTree, type SiteTree } from './bench-lib/site-tree.ts';
import { runStep, type StepResult, wallOf } from './bench-lib/timed-step.ts';
import { holdBackNewestDay, publishHeldDay, writeCorpus } from './bench-lib/write-corpus.ts';

// 1024 bytes: the unit of the htmlGzipKb and viewGzipKb budgets (first-load JS is in kB of 1000, see first-load-js.ts).
const KB = 1024;
const MB = 1024 * 1024;
const SITE_URL = 'https://news.example.org';

interface SiteFigures {
  files: number;
  bytes: number;
  widestFolder: SiteTree['widestFolder'];
  /** Files by the first folder of their path ("." for the site's top level). */
  filesByFolder: [string, number][];
  largestHtml: { path: string; raw: number; gzip: number };
  /** Pages over the per-page budget. */
  oversizedHtml: number;
  firstLoadJs: FirstLoadJs;
}

/** Counts and sizes, the widest folder, and every page's gzip size once. */
function siteFigures(outDir: string, tree: SiteTree, htmlGzipLimit: number): SiteFigures {
  let oversizedHtml = 0;
  let largest = { path: '', raw: 0, gzip: 0 };
  // The tree already walked the site: its paths, not a second walk.
  for (const relativePath of tree.checksums.keys()) {
    if (!relativePath.endsWith('.html')) continue;
    const path = join(outDir, relativePath);
    const size = statSync(path).size;
    const gzip = gzipSize(path);
    if (gzip > htmlGzipLimit) oversizedHtml += 1;
    if (gzip > largest.gzip) largest = { path: path.slice(outDir.length), raw: size, gzip };
  }
  return {
    files: tree.checksums.size,
    bytes: tree.bytes,
    widestFolder: tree.widestFolder,
    filesByFolder: filesByFolder([...tree.checksums.keys()]),
    largestHtml: largest,
    oversizedHtml,
    firstLoadJs: firstLoadJs(outDir, SITE_URL),
  };
}

/** Paths grouped by the kind of route they belong to: their folders, with names and numbers left out. */
function countByKind(paths: readonly string[]): [string, number][] {
  const kind = (path: string) =>
    path
      .split('/')
      .slice(0, -1)
      .map((part, index) => (index === 0 || /^(page|themes|districts)$/u.test(part) ? part : '*'))
      .join('/') || '.';
  const counts = new Map<string, number>();
  for (const path of paths) counts.set(kind(path), (counts.get(kind(path)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function filesByFolder(paths: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const folder = path.includes('/') ? (path.split('/')[0] ?? '.') : '.';
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** One route of each kind: what a first visit and an in-app navigation to it transfer. */
function sampleViews(outDir: string): { name: string; path: string }[] {
  const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const firstLink = (path: string, pattern: RegExp) => pattern.exec(html(path))?.[1] ?? '/';
  const edition = firstLink('editions', /href="(\/editions\/\d{4}\/\d{2}\/\d{2}\/)"/);
  return [
    { name: '/', path: '/' },
    { name: 'a filtered list', path: firstLink('', /href="(\/districts\/[a-z-]+\/)"/) },
    { name: 'an archive page of a list', path: firstLink('', /href="(\/page\/\d+\/)"/) },
    { name: 'an edition', path: edition },
    { name: 'an article', path: firstLink('', /href="(\/articles\/[^"]+\/)"/) },
  ];
}

interface DayResult {
  /** Page files and photo files of the day published. */
  pageFiles: number;
  photoFiles: number;
  steps: StepResult[];
  changed: number;
  added: number;
  removed: number;
  /** The changed, added and removed files by kind of route: what a day's deploy is made of. */
  byKind: [string, number][];
}

interface BuildResult {
  articles: number;
  /** The full build: of the whole archive, or of all but its newest day when a day is published. */
  steps: StepResult[];
  site: SiteFigures;
  views: { name: string; path: string; gzip: number }[];
  /** What a first search downloads, for each benched query (measured on the whole archive only). */
  searches: FirstSearch[];
  day?: DayResult;
}

/**
 * Builds a generated archive of `articles`. With `publishDay`, the full build leaves out the
 * newest day, which is then added and built again, as publishing it would (with the same
 * BUILD_CACHE); what the two sites differ by is what a deploy uploads.
 */
async function buildArchive(
  { articles, seed, photos }: { articles: number; seed: number; photos: number },
  htmlGzipLimit: number,
  publishDay: boolean,
): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const pagesDir = join(work, 'pages');
  const outDir = join(work, 'dist');
  await writeCorpus({ articles, seed, dir: pagesDir, photos });
  console.error(`[bench] building ${articles} articles in ${work}`);
  const build = (out: string) => {
    const env = {
      ...buildEnv({ siteUrl: SITE_URL, contentDir: pagesDir, outDir: out }),
      BUILD_CACHE: join(work, 'cache'),
    };
    return BUILD_STEPS.map((step) => runStep(step, env));
  };
  let steps: StepResult[];
  let day: DayResult | undefined;
  if (publishDay) {
    const heldDir = join(work, 'held');
    const held = holdBackNewestDay(pagesDir, heldDir);
    const beforeDir = join(work, 'before');
    steps = build(beforeDir);
    const before = readSiteTree(beforeDir);
    rmSync(beforeDir, { recursive: true, force: true });
    publishHeldDay(held, heldDir, pagesDir);
    console.error(`[bench] publishing one more day: ${held.pages.length} page files, ${held.photos.length} photos`);
    const daySteps = build(outDir);
    const change = compareTrees(before, readSiteTree(outDir));
    day = {
      pageFiles: held.pages.length,
      photoFiles: held.photos.length,
      steps: daySteps,
      changed: change.changed.length,
      added: change.added.length,
      removed: change.removed.length,
      byKind: countByKind([...change.changed, ...change.added, ...change.removed]),
    };
  } else steps = build(outDir);
  const site = siteFigures(outDir, readSiteTree(outDir), htmlGzipLimit);
  const views = sampleViews(outDir).map((view) => ({
    ...view,
    gzip: gzipSize(join(outDir, view.path, 'index.html')),
  }));
  const searches = publishDay ? await firstSearches(outDir) : [];
  rmSync(work, { recursive: true, force: true });
  return { articles, steps, site, views, searches, ...(day ? { day } : {}) };
}

/** Budgets that hold at one archive size (by its number of articles): the whole build's. */
const atSizeSchema = z.strictObject({
  buildWallSeconds: z.number(),
  peakMemoryMb: z.number(),
  files: z.number().optional(),
  totalMb: z.number().optional(),
  publishDaySeconds: z.number(),
});

const budgetsSchema = z.strictObject({
  filesPerArticle: z.number(),
  kbPerArticle: z.number(),
  widestFolder: z.number(),
  htmlGzipKb: z.number(),
  viewGzipKb: z.number(),
  /** Everything a first search downloads, for the costliest of the benched queries. */
  firstSearchKb: z.number(),
  /** Files a deploy uploads or deletes after one more day, as a share of the site's files. */
  publishDayShare: z.number(),
  quarterBuildShare: z.number(),
  photoWarmExtraSeconds: z.number().optional(),
  at: z.record(z.string(), atSizeSchema),
});

const cpuOf = (build: BuildResult) => build.steps.reduce((sum, step) => sum + step.cpuS, 0);
const peakOf = (build: BuildResult) => Math.max(...build.steps.map((step) => step.peakMb));
const dayShareOf = ({ site, day }: BuildResult) => (day ? (day.changed + day.added + day.removed) / site.files : 0);

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
        row('whole build', wallOf(result.steps), cpuOf(result), peakOf(result)),
      ],
    ),
  );
  printDetails(result.steps);
  const { site } = result;
  console.log(`\nfiles: ${site.files}; total: ${(site.bytes / MB).toFixed(1)} MB`);
  console.log(
    `per article: ${(site.files / result.articles).toFixed(3)} files, ${(site.bytes / KB / result.articles).toFixed(1)} KB`,
  );
  console.log(`by folder: ${site.filesByFolder.map(([folder, count]) => `${folder} ${count}`).join(', ')}`);
  console.log(`widest folder: ${site.widestFolder.path} with ${site.widestFolder.entries} entries`);
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
  if (result.searches.length === 0) return;
  console.log('\nfirst search (engine and results chunks, manifest, ranges, ~350 B of headers a response):\n');
  console.log(
    markdownTable(
      ['query', 'matches', 'requests', 'downloaded'],
      result.searches.map((search) => [
        `${search.name}: ${search.query}`,
        String(search.matches),
        String(search.requests),
        `${(search.bytes / KB).toFixed(1)} KB`,
      ]),
    ),
  );
}

/** The quarter archive's share of the whole one's time, with and without the fixed cost of any build. */
function quarterShare(whole: BuildResult, quarter: BuildResult, fixed: BuildResult): { raw: number; content: number } {
  return {
    raw: wallOf(quarter.steps) / wallOf(whole.steps),
    content: (wallOf(quarter.steps) - wallOf(fixed.steps)) / (wallOf(whole.steps) - wallOf(fixed.steps)),
  };
}

function printDetails(steps: readonly StepResult[]): void {
  for (const step of steps) if (step.detail) console.log(`\n${step.name}: ${step.detail}`);
}

function reportDay(result: BuildResult): void {
  const { day, site } = result;
  if (!day) return;
  console.log(`\n### Publishing one more day (${day.pageFiles} page files, ${day.photoFiles} photos)\n`);
  console.log(
    markdownTable(
      ['step', 'wall s', 'CPU s', 'peak MB'],
      day.steps.map((step) => [step.name, step.wallS.toFixed(1), step.cpuS.toFixed(1), step.peakMb.toFixed(0)]),
    ),
  );
  printDetails(day.steps);
  console.log(`\nwhat the deploy changes: ${day.byKind.map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
  console.log(
    `\nthe build: ${wallOf(day.steps).toFixed(1)} s; the deploy: ${day.changed} files changed, ${day.added} added, ` +
      `${day.removed} removed: ${(dayShareOf(result) * 100).toFixed(2)}% of ${site.files} files`,
  );
}

/** The budgets of `result`'s size in `at`, when it has them. */
function sizeMisses(found: BudgetMisses, result: BuildResult, budgets: z.infer<typeof budgetsSchema>): void {
  const at = budgets.at[String(result.articles)];
  if (!at) return;
  const name = `${result.articles} articles`;
  const wall = wallOf(result.steps);
  found.atMost(wall, at.buildWallSeconds, `${name}: build ${wall.toFixed(1)} s > ${at.buildWallSeconds} s`);
  const peak = peakOf(result);
  found.atMost(peak, at.peakMemoryMb, `${name}: peak memory ${peak.toFixed(0)} MB > ${at.peakMemoryMb} MB`);
  found.atMost(result.site.files, at.files, `${name}: ${result.site.files} files > ${at.files}`);
  const totalMb = result.site.bytes / MB;
  found.atMost(totalMb, at.totalMb, `${name}: ${totalMb.toFixed(0)} MB > ${at.totalMb} MB`);
  if (result.day) {
    const daySeconds = wallOf(result.day.steps);
    found.atMost(
      daySeconds,
      at.publishDaySeconds,
      `${name}: publishing a day took ${daySeconds.toFixed(1)} s > ${at.publishDaySeconds} s`,
    );
  }
}

function misses(result: BuildResult, share: number, budgets: z.infer<typeof budgetsSchema>): BudgetMisses {
  const found = new BudgetMisses();
  sizeMisses(found, result, budgets);
  const filesPerArticle = result.site.files / result.articles;
  found.atMost(
    filesPerArticle,
    budgets.filesPerArticle,
    `${filesPerArticle.toFixed(2)} files per article > ${budgets.filesPerArticle}`,
  );
  const kbPerArticle = result.site.bytes / KB / result.articles;
  found.atMost(
    kbPerArticle,
    budgets.kbPerArticle,
    `${kbPerArticle.toFixed(1)} KB per article > ${budgets.kbPerArticle}`,
  );
  const { widestFolder } = result.site;
  found.atMost(
    widestFolder.entries,
    budgets.widestFolder,
    `${widestFolder.path} holds ${widestFolder.entries} entries > ${budgets.widestFolder}`,
  );
  const dayShare = dayShareOf(result);
  found.atMost(
    dayShare,
    budgets.publishDayShare,
    `publishing a day changes ${(dayShare * 100).toFixed(1)}% of the files > ${budgets.publishDayShare * 100}%`,
  );
  found.atMost(result.site.oversizedHtml, 0, `${result.site.oversizedHtml} pages over ${budgets.htmlGzipKb} KB gzip`);
  for (const search of result.searches) {
    const kb = search.bytes / KB;
    found.atMost(
      kb,
      budgets.firstSearchKb,
      `first search for ${search.query}: ${kb.toFixed(1)} KB > ${budgets.firstSearchKb} KB`,
    );
  }
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
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    photos: { type: 'string', default: '0' },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
const photoShare = Number(values.photos);
const budgets = await readBudgets('scale', budgetsSchema);
const htmlGzipLimit = budgets.htmlGzipKb * KB;
// The text budgets are measured on the text alone; photos are built and reported apart below.
const text = { seed, photos: 0 };
const fixed = await buildArchive({ ...text, articles: Math.max(8, Math.round(articles / 100)) }, htmlGzipLimit, false);
const quarter = await buildArchive({ ...text, articles: Math.round(articles / 4) }, htmlGzipLimit, false);
const whole = await buildArchive({ ...text, articles }, htmlGzipLimit, true);
const withPhotos =
  photoShare > 0
    ? await buildPhotoArchive({ articles, seed, photos: photoShare }, (contentDir, outDir, cacheDir) =>
        BUILD_STEPS.map((step) =>
          runStep(step, { ...buildEnv({ siteUrl: SITE_URL, contentDir, outDir }), BUILD_CACHE: cacheDir }),
        ),
      )
    : undefined;
report(quarter);
report(whole);
reportDay(whole);
const share = quarterShare(whole, quarter, fixed);
console.log(`\nfixed cost of a build (${fixed.articles} articles): ${wallOf(fixed.steps).toFixed(1)} s`);
console.log(
  `linearity: ${quarter.articles} articles build in ${share.raw.toFixed(2)}× the time of ${whole.articles}; without the fixed cost, ${share.content.toFixed(2)}× (budget ≤ ${budgets.quarterBuildShare})`,
);
const found = misses(whole, share.content, budgets);
sizeMisses(found, quarter, budgets);
if (withPhotos) {
  reportPhotos(withPhotos, wallOf(whole.steps));
  photoMisses(found, withPhotos, wallOf(whole.steps), budgets);
}
process.exitCode = found.report('all scale budgets hold', 'BUDGET MISSED: ');
