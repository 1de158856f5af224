import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PhotoFormat } from '../photos/photo-settings';
import { embeddedViewElement, serializeState } from '../site/embedded-view';
import { DOCUMENTS_CACHE, PHOTOS_CACHE } from './offline-caches';
import { photoNeeds, photosSaved, saveArticlePhotos, savedPagePhotos, variantUrl } from './offline-photos';
import { pictureFormat } from './photo-format';

vi.mock('./photo-format', () => ({ pictureFormat: vi.fn() }));

const EXTENSION: Record<PhotoFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/** A photo's files as a page's view names them: the published widths up to its own. */
function photoFiles(id: string, widths: number[]) {
  const variants = (format: PhotoFormat) =>
    widths.map((width) => ({ path: `photos/2023/03/08/${id}-${width}.0123456789.${EXTENSION[format]}`, width }));
  return { avif: variants('avif'), webp: variants('webp'), jpeg: variants('jpeg') };
}
const WIDTHS = [320, 480, 640, 960, 1200, 1600];

/** A screen: its viewport's CSS width, its devicePixelRatio, the format its browser decodes. */
function onScreen(innerWidth: number, devicePixelRatio: number, format: PhotoFormat): void {
  vi.stubGlobal('window', { innerWidth, devicePixelRatio });
  vi.mocked(pictureFormat).mockResolvedValue(format);
}

/** The Cache API, in memory: what each cache holds, by URL. */
const stored = new Map<string, Map<string, string>>();
const cacheNamed = (name: string) => {
  const entries = stored.get(name) ?? new Map<string, string>();
  stored.set(name, entries);
  return entries;
};

beforeEach(() => {
  stored.clear();
  vi.stubGlobal('caches', {
    open: async (name: string) => ({
      match: async (url: string) => {
        const body = cacheNamed(name).get(url);
        return body === undefined ? undefined : new Response(body);
      },
      add: async (url: string) => void cacheNamed(name).set(url, `file ${url}`),
    }),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the variant saved for a screen', () => {
  const large = photoFiles('a', WIDTHS);
  const cases: [number, number, PhotoFormat, string][] = [
    // A 412 px phone at 2.625: a column of 380 CSS px needs 997.5 device px.
    [412, 2.625, 'avif', 'a-1200.0123456789.avif'],
    [390, 3, 'webp', 'a-1200.0123456789.webp'],
    [360, 2, 'avif', 'a-960.0123456789.avif'],
    [360, 1, 'jpeg', 'a-480.0123456789.jpg'],
    // From 704 px on, the column is 640 CSS px.
    [1280, 1, 'jpeg', 'a-640.0123456789.jpg'],
    [1280, 1.5, 'webp', 'a-960.0123456789.webp'],
    [1280, 2, 'avif', 'a-1600.0123456789.avif'],
    [1920, 3, 'avif', 'a-1600.0123456789.avif'],
  ];
  for (const [viewport, density, format, file] of cases) {
    it(`is ${file} on a ${viewport} px screen at ${density}× in ${format}`, async () => {
      onScreen(viewport, density, format);
      const needs = await photoNeeds();
      expect(needs.format).toBe(format);
      expect(variantUrl(large, needs.article, needs)).toBe(`/photos/2023/03/08/${file}`);
    });
  }

  it("is a photo's own width when it is smaller than the column", async () => {
    onScreen(1280, 2, 'avif');
    const needs = await photoNeeds();
    expect(variantUrl(photoFiles('b', [320, 480, 640, 800]), needs.article, needs)).toBe(
      '/photos/2023/03/08/b-800.0123456789.avif',
    );
  });

  it("is a thumbnail's narrowest variant wide enough for its box", async () => {
    onScreen(390, 3, 'webp');
    const needs = await photoNeeds();
    expect(needs.thumbnail).toBe(288);
    expect(variantUrl(photoFiles('c', [320, 480]), needs.thumbnail, needs)).toBe(
      '/photos/2023/03/08/c-320.0123456789.webp',
    );
  });
});

describe('saving the photos of saved pages', () => {
  const page = (url: string, view: unknown) =>
    cacheNamed(DOCUMENTS_CACHE).set(url, `<main>…</main>${embeddedViewElement(serializeState(view), url)}`);

  it('keeps each photo an article page shows, in the variant this screen takes, and nothing else', async () => {
    onScreen(1280, 1, 'avif');
    const story = '/articles/2023-03-08/a/';
    page(story, { kind: 'article', photos: [photoFiles('a1', WIDTHS), photoFiles('a2', [320, 480, 600])] });
    page('/articles/2023-03-08/b/', { kind: 'article' });
    page('/editions/2023-03-08/', { kind: 'edition', pages: [] });
    const urls = [story, '/articles/2023-03-08/b/', '/editions/2023-03-08/', '/articles/never-saved/'];
    const expected = ['/photos/2023/03/08/a1-640.0123456789.avif', '/photos/2023/03/08/a2-600.0123456789.avif'];
    expect(await savedPagePhotos(urls, await photoNeeds())).toEqual(expected);

    expect(await photosSaved(expected)).toBe(false);
    await saveArticlePhotos(urls);
    expect([...cacheNamed(PHOTOS_CACHE).keys()]).toEqual(expected);
    expect(await photosSaved(expected)).toBe(true);
  });

  it("ignores a page's view rendered for another URL", async () => {
    onScreen(1280, 1, 'avif');
    cacheNamed(DOCUMENTS_CACHE).set(
      '/articles/2023-03-08/a/',
      embeddedViewElement(serializeState({ kind: 'article', photos: [photoFiles('a1', WIDTHS)] }), '/'),
    );
    expect(await savedPagePhotos(['/articles/2023-03-08/a/'], await photoNeeds())).toEqual([]);
  });
});
