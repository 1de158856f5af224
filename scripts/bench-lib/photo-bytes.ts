import puppeteer, { type Page } from 'puppeteer-core';

/**
 * What a phone downloads of photos: an article's lead photo, and a list's thumbnails. Measured in
 * the bench's Chromium at the phone the budgets name (390 px wide, three device pixels a CSS
 * pixel), from the bytes each photo response took on the wire.
 */
export interface PhotoBytes {
  /** The lead photo's file, as the page chose it, and its bytes on the wire. */
  lead: { path: string; bytes: number } | null;
  /** Every photo the list page fetched once scrolled to its end, and their bytes together. */
  list: { files: string[]; bytes: number; widest: number };
}

export const PHONE = { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** A variant's width, from its published name: `<article>-<n>-<width>.<hash>.<ext>`. */
export const variantWidth = (path: string): number => Number(/-(\d+)\.[0-9a-f]+\.\w+$/.exec(path)?.[1] ?? Number.NaN);

/**
 * Opens `url` at phone size and records the size of every photo it fetched. A photo file is sent
 * as it is (no compression), so its body is what it took on the wire, less the headers.
 */
async function photoResponses(page: Page, url: string, scroll: boolean): Promise<Map<string, number>> {
  const fetched: Promise<[string, number]>[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    const response = request.response();
    if (!path.includes('/photos/') || !response) return;
    fetched.push(response.buffer().then((body): [string, number] => [path, body.byteLength]));
  });
  await page.setViewport(PHONE);
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (scroll) {
    // Down a screen at a time, as a reader does, so each lazy thumbnail is asked for.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0; top < height; top += PHONE.height) {
      await page.evaluate((y) => window.scrollTo(0, y), top);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await page.waitForNetworkIdle({ idleTime: 500 });
  }
  return new Map(await Promise.all(fetched));
}

/** Photo bytes of an article page (its lead photo) and of a list page, in Chromium at `port`. */
export async function photoBytes(port: number, articleUrl: string, listUrl: string): Promise<PhotoBytes> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  try {
    const context = await browser.createBrowserContext();
    const articlePage = await context.newPage();
    const articleBytes = await photoResponses(articlePage, articleUrl, false);
    const leadPath = await articlePage.evaluate(() => {
      const image = document.querySelector<HTMLImageElement>('figure img[fetchpriority="high"]');
      return image ? new URL(image.currentSrc).pathname : null;
    });
    const lead = leadPath === null ? null : { path: leadPath, bytes: articleBytes.get(leadPath) ?? 0 };
    const listBytes = await photoResponses(await context.newPage(), listUrl, true);
    await context.close();
    const files = [...listBytes.keys()];
    return {
      lead,
      list: {
        files,
        bytes: [...listBytes.values()].reduce((sum, each) => sum + each, 0),
        widest: Math.max(0, ...files.map(variantWidth)),
      },
    };
  } finally {
    await browser.disconnect();
  }
}
