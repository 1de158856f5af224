/**
 * Search bench: generates an archive of N articles (npm run corpus), builds the site, serves it like
 * a static host and, in Chromium with the CPU slowed 4×, types a fixed set of queries into the
 * search box of the front page. For each it prints the bytes downloaded (gzip, as sent), the time
 * from the keystroke to the first 20 results on screen, the result count and the brute-force count
 * beside it; then the time of a following query, and whether a page that is not searching loaded
 * anything of search. Exit code 0 within the `search` budgets of bench/budgets.json, 1 on a miss.
 *
 * Usage: npm run bench:search -- [--articles 10000] [--seed 1] [--runs 3] [--reuse] [--only 工会,陈曦]
 * (--reuse measures the site the last run built, if it was of the same archive, without building
 * again; --only measures only the queries named, from the fixed set)
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadContent } from '../src/content/load-content.ts';
import { foldedFields, matchRank } from '../src/search/match.ts';
import { parseQuery } from '../src/search/query.ts';
import { searchDocuments } from '../src/search/search-documents.ts';
import { BudgetMisses, readBudgets } from './bench-lib/budgets.ts';
import { buildSite } from './bench-lib/build-site.ts';
import { median } from './bench-lib/median.ts';
import { benchQueries, rareTerm } from './bench-lib/search-queries.ts';
import { writeCorpus } from './bench-lib/write-corpus.ts';
import { CdpBrowser, type CdpPage } from './cdp-browser.ts';
import { chromiumExecutable, QUIET_CHROMIUM_FLAGS } from './chromium.ts';
import { startStaticServer } from './serve-static.ts';
import { sampleWorkerCpu, slowedWorkerDelayMs } from './worker-cpu.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// Inside the project, so the server bundle is loaded as the ES module it is.
const WORK = path.join(ROOT, 'bench', 'out', 'search');
const PORT = 4395;
const CPU_SLOWDOWN = 4;
const READING_PAUSE_MS = 1000;

const budgetsSchema = z.strictObject({
  /** Everything the first query downloads: engine, index files, result data (gzip KB, 1000 bytes). */
  firstQueryKb: z.number(),
  /** First query: from the arrival of the last file it needed to its first 20 results on screen. */
  firstResultsMs: z.number(),
  /** A following query: from the arrival of the last file it needed to its first 20 results on screen. */
  nextQueryMs: z.number(),
});

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    reuse: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
const articles = z.coerce.number().int().positive().parse(values.articles);
const seed = z.coerce.number().int().parse(values.seed);
/** Each query is measured on this many fresh pages; the bench reports the median. */
const RUNS = z.coerce.number().int().positive().parse(values.runs);

/** What the last build was of, so that --reuse measures the same archive. */
const STAMP = path.join(WORK, 'built.json');

async function build(): Promise<string> {
  const pagesDir = path.join(WORK, 'pages');
  const stamp = JSON.stringify({ articles, seed });
  if (values.reuse && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) {
    console.error(
      `[bench] measuring the site built last time (${articles} articles): the app's code may have changed since`,
    );
    return pagesDir;
  }
  rmSync(WORK, { recursive: true, force: true });
  // Text only: photos change nothing a search reads, and encoding them would dwarf the build.
  await writeCorpus({ articles, seed, dir: pagesDir, photos: 0 });
  const outDir = path.join(WORK, 'site');
  console.error(`[bench] building ${articles} articles into ${outDir}`);
  await buildSite({ siteUrl: `http://127.0.0.1:${PORT}`, contentDir: pagesDir, outDir }, { quiet: true });
  writeFileSync(STAMP, stamp);
  return pagesDir;
}

/** The brute-force count: the definition of a match applied to every article. */
function bruteForce(documents: ReturnType<typeof searchDocuments>) {
  const fields = documents.map(foldedFields);
  return (query: string) => {
    const parsed = parseQuery(query);
    return parsed.kind === 'terms'
      ? fields.filter((articleFields) => matchRank(articleFields, parsed.terms) !== undefined).length
      : 0;
  };
}

/**
 * Set up in every page before its scripts: no service worker (each page starts as a first visit
 * that has not installed one), room for every resource entry, and the time of each input event.
 */
const PAGE_SETUP = `
  delete Navigator.prototype.serviceWorker;
  performance.setResourceTimingBufferSize(100000);
  document.addEventListener('input', () => { window.benchInputAt = performance.now(); }, { capture: true });
`;

/** A phone-sized page in a context of its own, its CPU 4× slower, watching for its workers. */
async function measuredPage(browser: CdpBrowser): Promise<CdpPage> {
  const page = await browser.newPage();
  await page.attachWorkers();
  await page.send('Page.addScriptToEvaluateOnNewDocument', { source: PAGE_SETUP });
  await page.send('Emulation.setDeviceMetricsOverride', {
    width: 390,
    height: 844,
    deviceScaleFactor: 1,
    mobile: false,
  });
  await page.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

interface Download {
  url: string;
  /** Bytes as sent (gzip), headers included; 0 for a file the browser already had. */
  bytes: number;
  /** When it was asked for, in ms since the epoch (the page's and its workers' clocks differ). */
  startedAt: number;
  arrivedAt: number;
}

/** Everything the page and its workers have fetched, from their resource timing. */
async function downloads(page: CdpPage): Promise<Download[]> {
  const entries = `performance.getEntriesByType('resource').map((entry) => ({
    url: entry.name, bytes: entry.transferSize,
    startedAt: performance.timeOrigin + entry.startTime, arrivedAt: performance.timeOrigin + entry.responseEnd }))`;
  const lists = await Promise.all(
    [page.sessionId, ...page.workers].map((session) => page.evaluate<Download[]>(entries, session)),
  );
  return lists.flat();
}

/**
 * Files only search uses: the index, the search worker's chunk and the results page's chunk (found by
 * its markup). Shared chunks (zod, for one) are not search's: the reader tools load them too.
 */
function searchOnlyFiles(siteDir: string): (url: string) => boolean {
  const assets = path.join(siteDir, 'assets');
  const chunks = readdirSync(assets).filter(
    (file) =>
      file.startsWith('engine-') ||
      (file.endsWith('.js') && readFileSync(path.join(assets, file), 'utf8').includes('data-result-count')),
  );
  return (url) => url.includes('/search-index') || chunks.some((chunk) => url.endsWith(`/assets/${chunk}`));
}

/**
 * Starts watching for the results of `query`: when the page's DOM first holds all of them (its
 * count, and up to 20 titles), the next animation frame (the one that draws them) notes the time.
 * A MutationObserver, not polling: checking every frame would load the very thread being measured.
 */
const watchForResults = (page: CdpPage, query: string) =>
  page.evaluate(`{
    const query = ${JSON.stringify(query)};
    window.benchResultsShown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const region = document.querySelector('[data-result-count]');
        // Results of the last query stay on screen, marked busy, until the new ones replace them.
        if (!region || region.getAttribute('data-query') !== query || region.querySelector('[aria-busy="true"]') || region.getAttribute('aria-busy') === 'true') return;
        if (region.querySelectorAll('ol h2').length < Math.min(20, Number(region.getAttribute('data-result-count')))) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    undefined;
  }`);

interface Timing {
  /** Keystroke to results on screen, with the search worker slowed as much as the page. */
  ms: number;
  /** From the last search file's arrival (or the keystroke, if none came) to results on screen, likewise. */
  afterArrivalMs: number;
  /** What the worker's slowdown added to both: Chrome's throttling leaves it at full speed. */
  workerDelayMs: number;
  count: number;
}

/**
 * Types a query into the header box, as a reader would (focus, then the text in one input event),
 * and waits for its results; the query must differ from the last one.
 */
async function search(page: CdpPage, query: string): Promise<Timing> {
  await watchForResults(page, query);
  const workerCpu = sampleWorkerCpu();
  await page.evaluate(`{ const box = document.getElementById('site-search'); box.focus(); box.select(); }`);
  await page.send('Input.insertText', { text: query });
  const shownAt = await page.evaluate<number>('window.benchResultsShown');
  const cpuSamples = workerCpu.stop();
  if (page.workers.length > 0 && (cpuSamples.at(-1)?.cpuMs ?? 0) === 0) {
    throw new Error("the search worker's thread was not found in /proc: its CPU time cannot be counted");
  }
  const [origin, started, count] = await page.evaluate<[number, number, number]>(
    `[performance.timeOrigin, window.benchInputAt, Number(document.querySelector('[data-result-count]').getAttribute('data-result-count'))]`,
  );
  const shown = origin + shownAt;
  // The page is idle before the search starts, so the last file to arrive is one the search needed.
  const arrived = Math.max(
    origin + started,
    ...(await downloads(page)).map((download) => download.arrivedAt).filter((at) => at <= shown),
  );
  const workerDelayMs = slowedWorkerDelayMs(cpuSamples, shown, CPU_SLOWDOWN);
  return {
    ms: Math.round(shownAt - started + workerDelayMs),
    afterArrivalMs: Math.round(shown - arrived + workerDelayMs),
    workerDelayMs: Math.round(workerDelayMs),
    count,
  };
}

/** The front page with the app running and what it loads after the page in: the search starts on an idle page. */
async function appRunning(page: CdpPage): Promise<void> {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  // The prerendered page's buttons are disabled until the app runs.
  await page.waitFor(`document.readyState === 'complete' && !document.querySelector('button[disabled]')`);
  // No new file for half a second.
  for (let seen = -1, now = 0; seen !== now; ) {
    seen = now;
    await new Promise((resolve) => setTimeout(resolve, 500));
    now = (await downloads(page)).length;
  }
}

interface Measured {
  /** What the first query downloaded once it began (gzip KB, 1000 bytes), and in how many files. */
  kb: number;
  files: number;
  first: Timing;
  next: Timing;
}

/**
 * On a fresh page: `query`, then, after a reader's glance at its results, `following` (the page
 * finishes what the first results started meanwhile).
 */
async function measurePair(browser: CdpBrowser, query: string, following: string): Promise<Measured> {
  const page = await measuredPage(browser);
  try {
    await appRunning(page);
    const [searchFrom] = await page.evaluate<[number]>('[performance.timeOrigin + performance.now()]');
    const first = await search(page, query);
    // Everything the page and its worker downloaded once the search began (the box's focus loads
    // the results page's code), whoever else might share it.
    const spent = (await downloads(page)).filter((download) => download.startedAt >= searchFrom && download.bytes > 0);
    await new Promise((resolve) => setTimeout(resolve, READING_PAUSE_MS));
    const next = await search(page, following);
    return { kb: spent.reduce((sum, download) => sum + download.bytes, 0) / 1000, files: spent.length, first, next };
  } finally {
    await page.close();
  }
}

/** The run in the middle by time after arrival (a 2-core machine shared with the server is noisy). */
const middleRun = (timings: Timing[]): Timing => median(timings, (timing) => timing.afterArrivalMs).item;

async function main(): Promise<number> {
  const budgets = await readBudgets('search', budgetsSchema);
  const pagesDir = await build();
  const documents = searchDocuments(loadContent(pagesDir).articles);
  const exact = bruteForce(documents);
  const server = await startStaticServer({ dir: path.join(WORK, 'site'), port: PORT, host: '127.0.0.1' });
  const browser = CdpBrowser.launch(chromiumExecutable().path, QUIET_CHROMIUM_FLAGS);
  const misses = new BudgetMisses();
  try {
    // A reader who does not search: nothing of search is downloaded.
    const idle = await measuredPage(browser);
    await appRunning(idle);
    const isSearchOnly = searchOnlyFiles(path.join(WORK, 'site'));
    const idleSearchBytes = (await downloads(idle))
      .filter((download) => isSearchOnly(download.url))
      .reduce((sum, d) => sum + d.bytes, 0);
    await idle.close();
    console.log(`front page without searching: ${idleSearchBytes} bytes of search downloaded`);
    misses.atMost(
      idleSearchBytes,
      0,
      `BUDGET MISS: a page that is not searching downloaded ${idleSearchBytes} bytes of search`,
    );

    const queries = benchQueries(rareTerm(documents[0]?.title));
    console.log(
      `\nfirst query on a fresh page, CPU ${CPU_SLOWDOWN}× slower (${articles} articles), medians of ${RUNS} runs`,
    );
    console.log(
      'Times include what slowing the search worker 4× as well would add (worker +ms): Chrome slows only the page.',
    );
    console.log(
      'kind            query              KB gzip  files  ms to 20 results  after arrival  worker +ms  count  brute force',
    );
    for (const [kind, query] of queries.filter(
      ([, query]) => values.only === undefined || values.only.split(',').includes(query),
    )) {
      const following = `${query} 职工`;
      const runs: Measured[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await measurePair(browser, query, following));
      const [first, next] = [middleRun(runs.map((run) => run.first)), middleRun(runs.map((run) => run.next))];
      const kb = Math.max(...runs.map((run) => run.kb));
      const files = Math.max(...runs.map((run) => run.files));
      const expected = exact(query);
      console.log(
        `${kind.padEnd(15)} ${query.padEnd(18 - [...query].length)} ${kb.toFixed(1).padStart(8)}  ${String(files).padStart(5)}  ${String(first.ms).padStart(16)}  ${String(first.afterArrivalMs).padStart(13)}  ${String(first.workerDelayMs).padStart(10)}  ${String(first.count).padStart(5)}  ${String(expected).padStart(11)}`,
      );
      console.log(
        `${''.padEnd(15)} then "${following}": ${next.ms} ms to results, ${next.afterArrivalMs} ms after its files arrived (worker +${next.workerDelayMs} ms), ` +
          `${next.count} results (brute force ${exact(following)}); after arrival (worker +ms) in each run: ${runs.map((run) => `${run.next.afterArrivalMs} (+${run.next.workerDelayMs})`).join(', ')}`,
      );
      for (const run of runs) {
        misses.check(
          run.first.count === expected,
          `MISMATCH ${query}: ${run.first.count} results, brute force ${expected}`,
        );
        misses.check(run.next.count === exact(following), `MISMATCH ${following}: ${run.next.count} results`);
      }
      misses.atMost(
        kb,
        budgets.firstQueryKb,
        `BUDGET MISS ${query}: first query downloads ${kb.toFixed(1)} KB (budget ${budgets.firstQueryKb})`,
      );
      misses.atMost(
        first.afterArrivalMs,
        budgets.firstResultsMs,
        `BUDGET MISS ${query}: first results ${first.afterArrivalMs} ms after the index arrived (budget ${budgets.firstResultsMs})`,
      );
      misses.atMost(
        next.afterArrivalMs,
        budgets.nextQueryMs,
        `BUDGET MISS ${following}: following query ${next.afterArrivalMs} ms after its files arrived (budget ${budgets.nextQueryMs})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log();
  return misses.report('all budgets met');
}

process.exitCode = await main();
