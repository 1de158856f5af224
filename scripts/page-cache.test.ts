import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageIdFromFile } from '../src/content/article-id.ts';
import { buildPage } from '../src/content/build-page.ts';
import { parseTaxonomy } from '../src/content/taxonomy.ts';
import { SEED_FILE, seedPage, seedText } from '../src/content/test-seed.ts';
import { openPageCache } from './page-cache.ts';

const taxonomy = parseTaxonomy(
  readFileSync(new URL('../content/taxonomy.json', import.meta.url), 'utf8'),
  'taxonomy.json',
);
const pageId = pageIdFromFile(SEED_FILE);
const dirs: string[] = [];
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-cache-'));
  dirs.push(dir);
  return join(dir, 'pages');
};
const cachedFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the cache of parsed 版面 files', () => {
  it('gives back what parsing gave, and parses a file only once', () => {
    const dir = cacheDir();
    const first = openPageCache(dir);
    const parsed = first.build(seedPage, pageId, taxonomy);
    expect(first.stats).toEqual({ parsed: 1, reused: 0 });
    const second = openPageCache(dir);
    expect(second.build(seedPage, pageId, taxonomy)).toEqual(JSON.parse(JSON.stringify(parsed)));
    expect(second.stats).toEqual({ parsed: 0, reused: 1 });
    expect(parsed).toEqual(buildPage(seedPage, pageId, taxonomy));
  });

  it('parses again a file whose bytes changed, or whose cached result is damaged, and forgets what is unused', () => {
    const dir = cacheDir();
    openPageCache(dir).build(seedPage, pageId, taxonomy);
    const edited = { ...seedPage, bytes: new TextEncoder().encode(seedText.replace('工会', '工會')) };
    const afterEdit = openPageCache(dir);
    afterEdit.build(edited, pageId, taxonomy);
    expect(afterEdit.stats).toEqual({ parsed: 1, reused: 0 });
    afterEdit.save();
    expect(cachedFiles(dir)).toHaveLength(1);

    const [file] = cachedFiles(dir);
    writeFileSync(join(file?.parentPath ?? '', file?.name ?? ''), '{"path": "half a');
    const afterDamage = openPageCache(dir);
    expect(afterDamage.build(edited, pageId, taxonomy).articles).toHaveLength(8);
    expect(afterDamage.stats).toEqual({ parsed: 1, reused: 0 });
  });
});
