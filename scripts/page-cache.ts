/**
 * Parsed 版面 files kept between builds: reading ten years of pages (100,000 articles) takes
 * about 20 s, most of a day's build. Each page's result is filed under a hash of what it is made
 * from: the file's name, path and bytes, its page id, the taxonomy, and the pipeline's code
 * (src/content, src/text). A file that does not read back is parsed again.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { PageBuilder } from '../src/content/build-articles.ts';
import { type BuiltPage, buildPage } from '../src/content/build-page.ts';
import type { Taxonomy } from '../src/content/schema.ts';
import { hashOf } from './document-cache.ts';

const PIPELINE_CODE = ['../src/content/', '../src/text/'].map((folder) => new URL(folder, import.meta.url));

/** The pipeline's own source: a change to how pages are read makes every page read again. */
function pipelineKey(): string {
  return hashOf(
    PIPELINE_CODE.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
        .sort()
        .map((name) => `${name}:${hashOf(readFileSync(new URL(name, folder)))}`),
    ).join('\n'),
  );
}

const builtPageSchema = z.strictObject({
  path: z.string(),
  claim: z.strictObject({
    edition: z.strictObject({
      date: z.string().optional(),
      number: z.number().optional(),
      name: z.string().optional(),
    }),
    line: z.number().optional(),
  }),
  // Each article is read through articleSchema by buildArticles, as a freshly parsed one is.
  articles: z.array(z.object({ id: z.string() }).passthrough()),
});

export interface PageCache {
  build: PageBuilder;
  /** Forgets the pages this build did not read. */
  save(): void;
  readonly stats: { reused: number; parsed: number };
}

export function openPageCache(dir: string): PageCache {
  const code = pipelineKey();
  const taxonomies = new WeakMap<Taxonomy, string>();
  const used = new Set<string>();
  const stats = { reused: 0, parsed: 0 };
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);

  const cached = (file: string): BuiltPage | undefined => {
    try {
      const parsed = builtPageSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? (parsed.data as unknown as BuiltPage) : undefined;
    } catch {
      return undefined;
    }
  };

  return {
    stats,
    build(page, pageId, taxonomy) {
      let taxonomyKey = taxonomies.get(taxonomy);
      if (taxonomyKey === undefined) {
        taxonomyKey = hashOf(JSON.stringify(taxonomy));
        taxonomies.set(taxonomy, taxonomyKey);
      }
      const key = hashOf(`${code}\n${taxonomyKey}\n${pageId}\n${page.file}\n${page.path ?? ''}\n${hashOf(page.bytes)}`);
      used.add(key);
      const file = fileOf(key);
      const reused = cached(file);
      if (reused) {
        stats.reused += 1;
        return reused;
      }
      const built = buildPage(page, pageId, taxonomy);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(built));
      stats.parsed += 1;
      return built;
    },
    save() {
      if (!existsSync(dir)) return;
      for (const folder of readdirSync(dir, { withFileTypes: true })) {
        if (!folder.isDirectory()) continue;
        for (const name of readdirSync(join(dir, folder.name))) {
          if (!used.has(name.replace(/\.json$/u, ''))) rmSync(join(dir, folder.name, name), { force: true });
        }
      }
    },
  };
}
