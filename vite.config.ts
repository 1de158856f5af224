import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { FLOOR_BROWSERS, viteTargets } from './scripts/browser-targets.ts';
import { onDemandChunks } from './scripts/vite-plugins/on-demand-chunks.ts';
import { treeShakableRouter } from './scripts/vite-plugins/tree-shakable-router.ts';
import { viewsPlugin } from './src/archive/vite-plugin-views.ts';
import { beforePaintScript } from './src/features/reading-settings/before-paint.ts';
import { appCodeTemplate } from './src/site/document-html.ts';
import { normalizeBase } from './src/site/published-url.ts';
import { contentSecurityPolicy } from './src/site/security-policy.ts';

/** CONTENT_DIR builds the site from another folder of page files; OUT_DIR writes it elsewhere. */
const pagesDir = process.env.CONTENT_DIR ?? 'content/pages';
const outDir = process.env.OUT_DIR ?? 'dist';

/** The reader's 阅读设置 are applied by an inline script before the first paint (see before-paint.ts). */
const BEFORE_PAINT_SCRIPT = beforePaintScript();

function beforePaintScriptPlugin(): Plugin {
  return {
    name: 'capital-union-news:before-paint-script',
    transformIndexHtml: (html) =>
      html.replace(/<\/title>/, (end) => `${end}\n    <script>${BEFORE_PAINT_SCRIPT}</script>`),
  };
}

/**
 * The built pages carry their security policy in a meta tag (the dev server injects inline
 * scripts for hot reload, so it only applies to the build). The one inline script it allows is
 * the settings script above, by its hash.
 */
function securityHeadersPlugin(): Plugin {
  const scriptHashes = [`sha256-${createHash('sha256').update(BEFORE_PAINT_SCRIPT).digest('base64')}`];
  return {
    name: 'capital-union-news:security-meta',
    apply: 'build',
    // Right after the charset, before any script or style it governs.
    transformIndexHtml: (html) =>
      html.replace(
        /<meta charset="UTF-8" \/>/,
        (charset) =>
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ scriptHashes })}" />` +
          '\n    <meta name="referrer" content="no-referrer" />',
      ),
  };
}

/**
 * Prerendered pages show their content without the app; its script can wait behind the page.
 * Low priority keeps the download off the path to first paint on a slow phone.
 */
function lowPriorityAppScriptPlugin(): Plugin {
  return {
    name: 'capital-union-news:low-priority-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<script type="module" crossorigin src=/,
          '<script type="module" fetchpriority="low" crossorigin src=',
        ),
    },
  };
}

/** The app's start (src/app/start-app.tsx): what it reaches by static imports is the app's first load. */
const APP_START = path.resolve('src/app/start-app.tsx');

/** React, ReactDOM and the scheduler: the first of the two chunks a page evaluates. */
const REACT_MODULES = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;

/**
 * Every page's JavaScript comes in two chunks, evaluated one after the other (see entry-client.tsx):
 * React, then the modules the app's start reaches by static imports. Left to itself, Rolldown 1.2
 * moves what the app shares with three or more on-demand chunks into an extra chunk (its cycle
 * check over pending chunks errs on the safe side), which grows the first load.
 */
function firstLoadChunks() {
  const appModules = new Set<string>();
  let base = '/';
  const plugin: Plugin = {
    name: 'capital-union-news:first-load-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildEnd() {
      const pending = [APP_START];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (appModules.has(id)) continue;
        appModules.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    // Both chunks are fetched together once the page shows (entry-client.tsx), rather than one
    // after the other as the script imports them: the dynamic imports find them already there.
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const files = FIRST_LOAD_CHUNKS.map((name) => {
          const chunk = Object.values(bundle ?? {}).find((each) => each.type === 'chunk' && each.name === name);
          if (!chunk) throw new Error(`the build made no "${name}" chunk`);
          return chunk.fileName;
        });
        return html.replace(/<script type="module"/, (script) => `${appCodeTemplate(files, base)}\n    ${script}`);
      },
    },
  };
  const groups = [
    // Vite's helper for dynamic imports comes first: the entry needs it to import the others.
    { name: 'module-helpers', test: /vite\/preload-helper|rolldown[:/]runtime/, priority: 3 },
    { name: 'react', test: REACT_MODULES, priority: 2 },
    { name: 'app', test: (id: string) => appModules.has(id), priority: 1 },
  ];
  return { plugin, groups };
}

/** The chunks every page loads, in the order they are evaluated. */
const FIRST_LOAD_CHUNKS = ['react', 'app'];

const firstLoad = firstLoadChunks();

/** The compatibility floor (package.json "browserslist"): the syntax the app's JS and CSS may use. */
const BROWSER_TARGETS = viteTargets(FLOOR_BROWSERS);

export default defineConfig(({ isSsrBuild }) => ({
  // "/reader", "reader/" and "/reader/" all mean the same sub-path.
  base: normalizeBase(process.env.BASE_PATH ?? '/'),
  plugins: [
    firstLoad.plugin,
    onDemandChunks(FIRST_LOAD_CHUNKS),
    treeShakableRouter(),
    beforePaintScriptPlugin(),
    react(),
    tailwindcss(),
    viewsPlugin(pagesDir, path.resolve('node_modules/.cache/capital-union-news/dev-photos')),
    securityHeadersPlugin(),
    lowPriorityAppScriptPlugin(),
  ],
  // The server entry is built beside the site and only used to prerender it (scripts/prerender.ts).
  build: {
    outDir: isSsrBuild ? `${outDir}-ssr` : outDir,
    // Vite empties only an outDir inside the project by default; one elsewhere would keep the last
    // build's files (old search index segments, old chunks) beside the new ones.
    emptyOutDir: true,
    ...(isSsrBuild ? {} : { target: BROWSER_TARGETS, cssTarget: BROWSER_TARGETS }),
    rolldownOptions: {
      output: isSsrBuild ? {} : { codeSplitting: { groups: firstLoad.groups } },
    },
  },
  // The search worker (features/search/engine-worker.ts) is a module, like the app.
  worker: { format: 'es' },
  // A self-contained server bundle runs from wherever OUT_DIR puts it.
  ssr: { noExternal: true },
  // The bundled React picks its build at run time from NODE_ENV; prerendering wants the production
  // one (several times faster than the development build with its checks).
  ...(isSsrBuild ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // The pipeline runs in Node; component tests opt into a DOM with a `@vitest-environment` comment.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    // Nothing else runs beside the unit tests (npm test runs them before the e2e tests), so they
    // take every core; Vitest leaves one free by default, which on two cores is half the machine.
    maxWorkers: availableParallelism(),
  },
}));
