/**
 * Search bench: generates an archive of N articles (npm run corpus), builds the site, serves it like
 * a static host and, in Chromium with the CPU slowed 4×, types a fixed set of queries into the
 * search box of the front page. For each it prints the bytes downloaded (gzip, as sent), the time
 * from the keystroke to the first 20 results on screen, the result count and the brute-force count
 * beside it; then the time of a following query, and whether a page that is not searching loaded
 * anything of search. Exit code 0 within the `search` budgets of bench/budgets.json, 1 on a miss.
 *
 * Usage: npm run bench:search -- [--articles 10000] [--seed 1]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { z } from 'zod';
import { loadContent } from '../src/content/load-content.ts';
import { parseTaxonomy } from '../src/content/taxonomy.ts';
import { readContentText } from '../src/content/read-content-file.ts';
import { foldedFields, matchRank } from '../src/search/match.ts';
import { parseQuery } from '../src/search/query.ts';
import { searchDocuments } from '../src/search/search-documents.ts';
import { readBudgets } from './bench-budgets.ts';
import { chromiumExecutable, QUIET_CHROMIUM_FLAGS } from './chromium.ts';
import { generateCorpus } from './corpus/generate-corpus.ts';
import { startStaticServer } from './serve-static.ts';

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

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
const articles = z.coerce.number().int().positive().parse(values.articles);
const seed = z.coerce.number().int().parse(values.seed);

function build(): string {
  rmSync(WORK, { recursive: true, force: true });
  const pagesDir = path.join(WORK, 'pages');
  mkdirSync(pagesDir, { recursive: true });
  const taxonomy = parseTaxonomy(readContentText(path.join(ROOT, 'content', 'taxonomy.json')), 'taxonomy.json');
  for (const { file, text } of generateCorpus({ articles, seed, taxonomy })) writeFileSync(path.join(pagesDir, file), text);
  const outDir = path.join(WORK, 'site');
  console.error(`[bench] building ${articles} articles into ${outDir}`);
  const env = { ...process.env, CONTENT_DIR: pagesDir, OUT_DIR: outDir, SITE_URL: `http://127.0.0.1:${PORT}`, BASE_PATH: '/' };
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`build failed (exit ${result.status})`);
  return pagesDir;
}

/** The brute-force count: the definition of a match applied to every article. */
function bruteForce(documents: ReturnType<typeof searchDocuments>) {
  const fields = documents.map(foldedFields);
  return (query: string) => {
    const parsed = parseQuery(query);
    return parsed.kind === 'terms' ? fields.filter((articleFields) => matchRank(articleFields, parsed.terms) !== undefined).length : 0;
  };
}

/** A page whose downloads are counted (gzip bytes as sent) and whose CPU runs 4× slower. */
async function measuredPage(browser: Awaited<ReturnType<typeof chromium.launch>>) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() =>
    document.addEventListener('input', () => Reflect.set(window, 'benchInputAt', performance.now()), { capture: true }),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const urls = new Map<string, string>();
  const downloads: { url: string; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => downloads.push({ url: urls.get(event.requestId) ?? '', bytes: event.encodedDataLength }));
  return { page, downloads, close: () => context.close() };
}

/**
 * Files only search uses: the index, the engine's chunk and the results page's chunk (found by
 * its markup). Shared chunks (zod, for one) are not search's: the reader tools load them too.
 */
function searchOnlyFiles(siteDir: string): (url: string) => boolean {
  const assets = path.join(siteDir, 'assets');
  const chunks = readdirSync(assets).filter((file) => file.startsWith('engine-') || (file.endsWith('.js') && readFileSync(path.join(assets, file), 'utf8').includes('data-result-count')));
  return (url) => url.includes('/search-index') || chunks.some((chunk) => url.endsWith(`/assets/${chunk}`));
}

/** When (page clock) the results of `query` were all on screen: its count, and up to 20 titles. */
const resultsShown = (page: Page, query: string) =>
  page.waitForFunction(
    (q) => {
      const region = document.querySelector('[data-result-count]');
      // Results of the last query stay on screen, marked busy, until the new ones replace them.
      if (!region || region.getAttribute('data-query') !== q || region.querySelector('[aria-busy="true"]') || region.getAttribute('aria-busy') === 'true') return false;
      const expected = Math.min(20, Number(region.getAttribute('data-result-count')));
      return region.querySelectorAll('ol h2').length >= expected && performance.now();
    },
    query,
    { timeout: 60_000, polling: 'raf' },
  );

interface Timing {
  /** Keystroke to results on screen. */
  ms: number;
  /** From the last search file's arrival (or the keystroke, if none came) to results on screen. */
  afterArrivalMs: number;
  count: number;
}

/** Types a query into the header box and waits for its results; the query must differ from the last one. */
async function search(page: Page, query: string): Promise<Timing> {
  const box = page.getByRole('searchbox', { name: '搜索报道' });
  await box.fill(query);
  const shown = Number(await (await resultsShown(page, query)).jsonValue());
  // The keystroke is the input event, not the start of Playwright's own checks before it.
  const started = await page.evaluate(() => Number(Reflect.get(window, 'benchInputAt')));
  // The page is idle before the search starts, so the last file to arrive is one the search needed.
  const arrived = await page.evaluate(
    (end) => Math.max(0, ...performance.getEntriesByType('resource').map((entry) => (entry as PerformanceResourceTiming).responseEnd).filter((at) => at <= end)),
    shown,
  );
  const count = Number(await page.locator('[data-result-count]').getAttribute('data-result-count'));
  return { ms: Math.round(shown - started), afterArrivalMs: Math.round(shown - Math.max(started, arrived)), count };
}

async function appRunning(page: Page): Promise<void> {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  // The offline-save button is enabled only once the app runs.
  await page.getByRole('button', { name: /离线保存/u }).waitFor();
  await page.waitForFunction(() => !document.querySelector('button[disabled]'));
  // And what it fetches after the page (reader tools, list parts) is in: the search starts on an idle page.
  await page.waitForLoadState('networkidle');
}

async function main(): Promise<number> {
  const budgets = await readBudgets('search', budgetsSchema);
  const pagesDir = build();
  const documents = searchDocuments(loadContent(pagesDir).articles);
  const exact = bruteForce(documents);
  const server = await startStaticServer({ dir: path.join(WORK, 'site'), port: PORT, host: '127.0.0.1' });
  const executable = chromiumExecutable();
  const browser = await chromium.launch(executable.bundled ? {} : { executablePath: executable.path, args: QUIET_CHROMIUM_FLAGS });
  const misses: string[] = [];
  try {
    // A reader who does not search: nothing of search is downloaded.
    const idle = await measuredPage(browser);
    await appRunning(idle.page);
    const isSearchOnly = searchOnlyFiles(path.join(WORK, 'site'));
    const idleSearchBytes = idle.downloads.filter((download) => isSearchOnly(download.url)).reduce((sum, d) => sum + d.bytes, 0);
    await idle.close();
    console.log(`front page without searching: ${idleSearchBytes} bytes of search downloaded`);
    if (idleSearchBytes > 0) misses.push(`BUDGET MISS: a page that is not searching downloaded ${idleSearchBytes} bytes of search`);

    // A rare term: one article's number, which the generator puts in its title.
    const rare = /（\d+）/u.exec(documents[0]?.title ?? '')?.[0] ?? '（1）';
    const queries = [
      ['common word', '工会'],
      ['name', '陈曦'],
      ['rare term', rare],
      ['three-term AND', '工会 女职工 顺义'],
      // Longer than any gram, and common: answered from positions, not by checking text.
      ['long phrase', '组织职工开展技能竞赛活动'],
      ['occurs nowhere', '龘鑫犇'],
    ] as const;
    console.log(`\nfirst query on a fresh page, CPU ${CPU_SLOWDOWN}× slower (${articles} articles)`);
    console.log('kind            query              KB gzip  files  ms to 20 results  after arrival  count  brute force');
    for (const [kind, query] of queries) {
      const measured = await measuredPage(browser);
      await appRunning(measured.page);
      const before = measured.downloads.length;
      const { ms, afterArrivalMs, count } = await search(measured.page, query);
      // Everything the page downloaded once the search started, whoever else might share it.
      const spent = measured.downloads.slice(before);
      const kb = spent.reduce((sum, download) => sum + download.bytes, 0) / 1000;
      const expected = exact(query);
      console.log(
        `${kind.padEnd(15)} ${query.padEnd(18 - [...query].length)} ${kb.toFixed(1).padStart(8)}  ${String(spent.length).padStart(5)}  ${String(ms).padStart(16)}  ${String(afterArrivalMs).padStart(13)}  ${String(count).padStart(5)}  ${String(expected).padStart(11)}`,
      );
      if (count !== expected) misses.push(`MISMATCH ${query}: ${count} results, brute force ${expected}`);
      if (kb > budgets.firstQueryKb) misses.push(`BUDGET MISS ${query}: first query downloads ${kb.toFixed(1)} KB (budget ${budgets.firstQueryKb})`);
      if (afterArrivalMs > budgets.firstResultsMs) {
        misses.push(`BUDGET MISS ${query}: first results ${afterArrivalMs} ms after the index arrived (budget ${budgets.firstResultsMs})`);
      }

      // A following query in the same page, for a word of the same kind, typed after a reader's
      // glance at the results (the page finishes what the first results started meanwhile).
      await measured.page.waitForTimeout(READING_PAUSE_MS);
      const next = await search(measured.page, `${query} 职工`);
      console.log(
        `${''.padEnd(15)} then "${query} 职工": ${next.ms} ms to results, ${next.afterArrivalMs} ms after its files arrived, ` +
          `${next.count} results (brute force ${exact(`${query} 职工`)})`,
      );
      if (next.count !== exact(`${query} 职工`)) misses.push(`MISMATCH ${query} 职工: ${next.count} results`);
      if (next.afterArrivalMs > budgets.nextQueryMs) {
        misses.push(`BUDGET MISS ${query} 职工: following query ${next.afterArrivalMs} ms after its files arrived (budget ${budgets.nextQueryMs})`);
      }
      await measured.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(misses.length > 0 ? `\n${misses.join('\n')}` : '\nall budgets met');
  return misses.length > 0 ? 1 : 0;
}

process.exitCode = await main();
