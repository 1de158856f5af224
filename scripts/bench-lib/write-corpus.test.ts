import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { readPhotoFile } from '../../src/photos/photo-file.ts';
import { holdBackNewestDay, publishHeldDay, writeCorpus } from './write-corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'write-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir`, by its path in it, with its size and a hash of its bytes. */
function filesIn(dir: string): Map<string, { size: number; sha256: string }> {
  const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
  return new Map(
    paths.map((path) => {
      const bytes = readFileSync(join(dir, path));
      return [path, { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }];
    }),
  );
}

const dateIn = (path: string) => /\d{4}-\d{2}-\d{2}/u.exec(path)?.[0] ?? '';

// Two days of 版面, with photos on both (seven in all: quick to make).
const options = { articles: 48, seed: 3, photos: 0.3 };
const [first, second] = [join(work, 'first'), join(work, 'second')];
const written = await writeCorpus({ ...options, dir: first });
await writeCorpus({ ...options, dir: second });

describe('writeCorpus', () => {
  it('writes the same bytes for the same arguments, photos included, and counts them', () => {
    const files = filesIn(first);
    expect(filesIn(second)).toEqual(files);
    const photos = [...files].filter(([path]) => path.startsWith('photos/'));
    expect(photos.length).toBeGreaterThan(5);
    expect(written.photos).toBe(photos.length);
    expect(written.photoBytes).toBe(photos.reduce((sum, [, { size }]) => sum + size, 0));
    expect(written.files).toBe(files.size - photos.length);
  });

  it('writes pages the content pipeline reads, each photo line naming a photo file the build reads', async () => {
    const lines = loadContent(first).articles.flatMap((article) =>
      (article.photos ?? []).map((photo) => ({ pageFile: article.source.file, photo })),
    );
    expect(lines).toHaveLength(written.photos);
    for (const place of lines) expect((await readPhotoFile(first, place)).bytes.length).toBeGreaterThan(1000);
  });

  it('holds back the newest day with its photos, and puts them back', () => {
    const before = filesIn(second);
    const held = holdBackNewestDay(second, join(work, 'held'));
    const newest = [...before.keys()].map(dateIn).sort().at(-1);
    expect(held.photos.length).toBeGreaterThan(0);
    expect([...held.pages, ...held.photos].every((path) => dateIn(path) === newest)).toBe(true);
    const left = [...filesIn(second).keys()];
    expect(left.filter((path) => path.startsWith('photos/')).length).toBeGreaterThan(0);
    expect(left.every((path) => dateIn(path) < (newest ?? ''))).toBe(true);
    publishHeldDay(held, join(work, 'held'), second);
    expect(filesIn(second)).toEqual(before);
  });
});
