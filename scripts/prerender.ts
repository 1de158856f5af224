/**
 * Turns the built app into a static site: one HTML file per route with its content, head tags
 * and embedded data, then the files static hosts and feed readers look for, then the service worker.
 * Runs after `vite build` and `vite build --ssr src/entry-server.tsx` (see `npm run build`).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fillTemplate, headTags, inlineStylesheet, styleHashesOf, type SiteLocation } from '../src/app/document-html.ts';
import { articleSchema, type Article } from '../src/content/schema.ts';
import { contentIndexSchema, type ContentIndex } from '../src/content/site-schema.ts';
import { filterArticles } from '../src/features/filters/facet-model.ts';
import { articleMeta, listMeta, notFoundMeta, SITE_DESCRIPTION, SITE_NAME, type PageMeta } from '../src/lib/page-meta.ts';
import { listPath, type ListFilter } from '../src/lib/routes.ts';
import { atomFeed, taxonomyNames } from '../src/site/feed.ts';
import { headersFile } from '../src/site/headers-file.ts';
import { robotsTxt } from '../src/site/robots.ts';
import { sitemapXml, sitePaths } from '../src/site/sitemap.ts';
import { FEED_FILE, normalizeBase, SITEMAP_FILE } from '../src/site/published-url.ts';
import { buildServiceWorker } from './build-service-worker.ts';

interface ServerEntry {
  indexPath: string;
  renderPage(url: string, data?: { index: ContentIndex; article?: Article }): { html: string; state?: string };
}

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const serverDir = `${outDir}-ssr`;
const site: SiteLocation = {
  siteUrl: process.env.SITE_URL ?? 'http://localhost:4173',
  base: normalizeBase(process.env.BASE_PATH ?? '/'),
};
if (!process.env.SITE_URL) console.warn(`SITE_URL is not set: canonical URLs, sitemap and feed use ${site.siteUrl}`);

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
function write(path: string, contents: string): number {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
  return Buffer.byteLength(contents);
}

/** Every list the facets can lead to: each district and theme, and each combination with articles. */
function listFilters(index: ContentIndex): ListFilter[] {
  const combinations = index.districts.flatMap(({ slug: district }) =>
    index.themes
      .map(({ slug: theme }) => ({ district, theme }))
      .filter((filter) => filterArticles(index.articles, filter).length > 0),
  );
  return [
    {},
    ...index.districts.map(({ slug }) => ({ district: slug })),
    ...index.themes.map(({ slug }) => ({ theme: slug })),
    ...combinations,
  ];
}

const server = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as ServerEntry;
const shell = read('index.html');
const template = inlineStylesheet(shell, (href) => read(href.slice(site.base.length)));
const index = contentIndexSchema.parse(JSON.parse(read(server.indexPath)));
const articles = index.articles.map((summary) => articleSchema.parse(JSON.parse(read(summary.dataFile))));

function prerender(routePath: string, meta: PageMeta, data?: { index: ContentIndex; article?: Article }): number {
  const url = `${site.base}${routePath.replace(/^\//, '')}`;
  const { html, state } = server.renderPage(url, data);
  const page = fillTemplate(template, { head: headTags(meta, site), appHtml: html, state: state === undefined ? undefined : { json: state, url } });
  return write(routePath.endsWith('/') ? `${routePath}index.html` : routePath, page);
}

// The empty app shell: what the service worker answers offline for a page it never saw.
write('shell.html', shell);

let pages = 0;
let bytes = 0;
for (const filter of listFilters(index)) {
  const meta = listMeta(index, filter, filterArticles(index.articles, filter).length);
  bytes += prerender(listPath(filter), meta, { index });
  pages += 1;
}
for (const article of articles) {
  const summary = index.articles.find((entry) => entry.id === article.id);
  if (!summary) throw new Error(`${article.id} is missing from the content index`);
  const meta = articleMeta(summary, index);
  bytes += prerender(meta.path, meta, { index, article });
  pages += 1;
}
bytes += prerender('/404.html', notFoundMeta);
pages += 1;

write(SITEMAP_FILE, sitemapXml({ ...site, paths: sitePaths(articles) }));
write('robots.txt', robotsTxt(site));
write(
  FEED_FILE,
  atomFeed({
    ...site,
    title: SITE_NAME,
    subtitle: SITE_DESCRIPTION,
    updated: process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date(),
    articles,
    ...taxonomyNames(index),
  }),
);
write('_headers', headersFile({ ...site, styleHashes: styleHashesOf(template) }));
// GitHub Pages would otherwise run Jekyll, which skips files and folders starting with "_".
write('.nojekyll', '');
rmSync(serverDir, { recursive: true, force: true });

const worker = await buildServiceWorker(outDir);
console.log(
  `prerendered ${pages} pages (${(bytes / 1024).toFixed(1)} KB) into ${outDir}; ` +
    `service worker precaches ${worker.count} files (${(worker.size / 1024).toFixed(1)} KB)`,
);
