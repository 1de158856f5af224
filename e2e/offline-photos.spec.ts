import type { APIRequestContext, BrowserContext, Locator, Page } from '@playwright/test';
import { readEmbeddedView } from '../src/site/embedded-view';
import { articlePath, editionPath } from '../src/site/paths';
import { formatFileSize } from '../src/text/file-size';
import { sites } from './support/sites';
import { expect, test, waitForServiceWorker } from './test';

/** The site with a 版面 of photos (e2e/support/photo-fixture.ts): two articles with a photo each. */
const site = `http://127.0.0.1:${sites.hostile.port}`;
const edition = editionPath('2023-03-08');

interface Variant {
  path: string;
  width: number;
  bytes?: number;
}
interface EditionView {
  pages: { articles: { id: string; date?: string; title: string; thumbnail?: unknown }[] }[];
  offline: { bytes: number };
}
interface ArticleView {
  photos?: { description: string; avif: Variant[] }[];
}

/** A page's view, as the build embedded it. */
async function viewAt<T>(request: APIRequestContext, path: string): Promise<T> {
  return readEmbeddedView(await (await request.get(`${site}${path}`)).text(), path) as T;
}

/** What a browser takes for a box `width` device pixels wide: the narrowest variant at least that wide, else the widest. */
const variantFor = (variants: readonly Variant[], width: number) =>
  variants.find((variant) => variant.width >= width) ?? variants.at(-1);

/** The reading column of this screen, in device pixels: 40rem from 44rem on, else the screen less 2rem. */
const columnOf = (page: Page) =>
  page.evaluate(() => (window.innerWidth >= 44 * 16 ? 40 * 16 : window.innerWidth - 2 * 16) * window.devicePixelRatio);

/** Waits for an image to be decoded and gives the path of the file it shows. */
async function shownFile(image: Locator): Promise<string> {
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  return image.evaluate((element: HTMLImageElement) => new URL(element.currentSrc).pathname);
}

/** The paths the photos cache holds. */
const keptPhotos = (page: Page) =>
  page.evaluate(async () =>
    (await (await caches.open('photos')).keys()).map((request) => new URL(request.url).pathname).sort(),
  );

/** Offline, with the browser's own HTTP cache empty: only what was saved can show. */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await context.setOffline(true);
}

test.describe('photos saved for offline reading', () => {
  // Going offline makes the browser log failed requests; that is what this journey is about.
  test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to fetch/, serviceWorkers: 'allow' });

  test('an edition is saved with its photos at the width this screen shows, counted in its size, and they show offline', async ({
    page,
    context,
    request,
  }) => {
    await page.goto(`${site}${edition}`);
    await waitForServiceWorker(page);
    const view = await viewAt<EditionView>(request, edition);
    const articles = view.pages.flatMap((each) => each.articles);
    const photos = (
      await Promise.all(
        articles.map(
          async (article) => (await viewAt<ArticleView>(request, articlePath(article.id, article.date))).photos ?? [],
        ),
      )
    ).flat();
    expect(photos).toHaveLength(2);
    // Chromium shows AVIF: each article's photo at the column's width, each thumbnail as the page shows it.
    const column = await columnOf(page);
    const shown = photos.map((photo) => ({ description: photo.description, variant: variantFor(photo.avif, column) }));
    const thumbnails = page.getByRole('main').locator('picture img');
    await expect(thumbnails).toHaveCount(articles.filter((article) => article.thumbnail).length);
    const thumbnailFiles: string[] = [];
    for (const thumbnail of await thumbnails.all()) thumbnailFiles.push(await shownFile(thumbnail));
    const bytesOf = (file: string) =>
      photos.flatMap((photo) => photo.avif).find((variant) => `/${variant.path}` === file)?.bytes ?? Number.NaN;

    const documents = view.offline.bytes;
    const withPhotos =
      documents +
      shown.reduce((sum, { variant }) => sum + (variant?.bytes ?? Number.NaN), 0) +
      thumbnailFiles.reduce((sum, file) => sum + bytesOf(file), 0);
    expect(formatFileSize(withPhotos)).not.toBe(formatFileSize(documents));
    const save = page.getByRole('button', { name: /^离线保存本期/ });
    await expect(save).toHaveText(`离线保存本期（${formatFileSize(withPhotos)}）`);
    await expect(save).toBeEnabled();
    await save.click();
    await expect(page.getByText('本期已保存，可离线阅读')).toBeVisible();
    const saved = [...thumbnailFiles, ...shown.map(({ variant }) => `/${variant?.path}`)];
    expect(await keptPhotos(page)).toEqual([...new Set(saved)].sort());

    await goOffline(context, page);
    const [first, second] = articles;
    await page.getByRole('link', { name: first?.title }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.title ?? '', { timeout: 15_000 });
    await page.reload();
    for (const [index, article] of [first, second].entries()) {
      if (index > 0) await page.goto(`${site}${articlePath(article?.id ?? '', article?.date)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article?.title ?? '', { timeout: 15_000 });
      const { description, variant } = shown[index] ?? {};
      expect(await shownFile(page.getByRole('img', { name: description }))).toBe(`/${variant?.path}`);
    }
    await page.goto(`${site}${edition}`);
    for (const [index, thumbnail] of (await thumbnails.all()).entries()) {
      expect(await shownFile(thumbnail)).toBe(thumbnailFiles[index]);
    }
    await context.setOffline(false);
  });

  test('收藏 keeps an article with the photo the page shows, and it shows offline', async ({ page, context }) => {
    await page.goto(`${site}${edition}`);
    await waitForServiceWorker(page);
    await page.getByRole('link', { name: '工会开展职工书屋活动' }).first().click();
    const photo = page.getByRole('img', { name: '职工在书屋阅读' });
    const file = await shownFile(photo);
    expect(file).toMatch(/\.avif$/);
    await page.getByRole('button', { name: '收藏', exact: true }).click();
    await expect(page.getByText('已收藏，没有网络时也能阅读')).toBeVisible();
    expect(await keptPhotos(page)).toEqual([file]);

    await goOffline(context, page);
    await page.reload();
    expect(await shownFile(photo)).toBe(file);
    await context.setOffline(false);
  });
});
