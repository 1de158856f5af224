import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { hydrated } from './support/hydrated';
import { layoutShift } from './support/layout-shift';
import { sites } from './support/sites';
import { expect, test } from './test';

/** The site with a 版面 of photos (e2e/support/photo-fixture.ts). */
const site = `http://127.0.0.1:${sites.hostile.port}`;
const story = '公交女职工享“甜蜜”关爱';
const description = '女职工在烘焙课上制作蛋糕<script>alert(3)</script>';

async function openStory(page: Page): Promise<void> {
  await page.goto(`${site}/`);
  await page.getByRole('link', { name: story }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: story })).toBeVisible();
  // Before hydration a photo is a plain link to its largest file; the tests are about the lightbox.
  await hydrated(page);
}

test('a list shows a photo article with its thumbnail, in a fixed box, without shifting', async ({ page }) => {
  await page.goto(`${site}/`);
  const entry = page.getByRole('article', { name: story });
  const thumbnail = entry.locator('picture img');
  await expect(thumbnail).toHaveAttribute('loading', 'lazy');
  await thumbnail.scrollIntoViewIfNeeded();
  await expect
    .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0);
  expect(await thumbnail.evaluate((image: HTMLImageElement) => new URL(image.currentSrc).pathname)).toMatch(
    /-(320|480)\.\w+\.avif$/,
  );
  expect(await layoutShift(page, 800)).toBe(0);
});

test('a search result shows the photo article with its thumbnail, in the same fixed box, without shifting', async ({
  page,
}) => {
  await page.goto(`${site}/search/?q=${encodeURIComponent('甜蜜')}`);
  const result = page.getByRole('article', { name: story });
  await expect(result.locator('mark').first()).toHaveText('甜蜜');
  const thumbnail = result.locator('picture img');
  await expect(thumbnail).toHaveAttribute('loading', 'lazy');
  const size = () =>
    thumbnail.evaluate((image) => {
      const { width, height } = image.getBoundingClientRect();
      return { width, height };
    });
  const before = await size();
  expect(before.width).toBeGreaterThan(0);
  await thumbnail.scrollIntoViewIfNeeded();
  await expect
    .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0);
  expect(await size()).toEqual(before);
  expect(await layoutShift(page, 800)).toBe(0);
});

test('an article shows its lead photo upright, at the width the screen needs, without shifting', async ({ page }) => {
  await openStory(page);
  await page.reload();
  const image = page.getByRole('img', { name: description });
  await expect(image).toHaveAttribute('fetchpriority', 'high');
  await expect(image).toHaveAttribute('loading', 'eager');
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
    .toBeGreaterThan(0);
  const shown = await image.evaluate((element: HTMLImageElement) => ({
    source: new URL(element.currentSrc).pathname,
    natural: [element.naturalWidth, element.naturalHeight],
    box: element.getBoundingClientRect().width * window.devicePixelRatio,
  }));
  // Upright: the file was stored on its side, 2400 × 1800.
  expect(shown.natural[1]).toBeGreaterThan(shown.natural[0] ?? 0);
  expect(shown.source).toMatch(/\.avif$/);
  // The narrowest variant at least as wide as the box in device pixels (or the widest there is).
  const width = Number(/-(\d+)\.\w+\.avif$/.exec(shown.source)?.[1]);
  const widths = [320, 480, 640, 960, 1200, 1600];
  expect(width).toBe(widths.find((each) => each >= shown.box) ?? 1600);
  expect(await layoutShift(page, 800)).toBe(0);
});

test('an article shows its text and lead photo before it fetches the app’s code, then hydrates', async ({ page }) => {
  await page.goto(`${site}/`);
  const articleUrl = new URL(
    (await page.getByRole('link', { name: story }).first().getAttribute('href')) ?? '',
    `${site}/`,
  ).href;
  const html = await (await page.request.get(articleUrl)).text();
  const appCode = /<template id="app-code">([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
  const codeFiles = [...appCode.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? '');
  expect(codeFiles.some((file) => /\/assets\/react-/.test(file))).toBe(true);

  // A slow network: the photo arrives late, and the code must still wait for it.
  await page.route('**/photos/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto(articleUrl);
  const photo = page.getByRole('img', { name: description });
  const timing = await photo.evaluate((image: HTMLImageElement, files) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const entryOf = (url: string) => entries.find((entry) => entry.name === new URL(url, location.href).href);
    return {
      photoLoaded: entryOf(image.currentSrc)?.responseEnd,
      codeStarts: files.map((file) => entryOf(file)?.startTime),
    };
  }, codeFiles);
  expect(timing.photoLoaded).toBeGreaterThan(0);
  for (const start of timing.codeStarts)
    expect(start).toBeGreaterThanOrEqual(timing.photoLoaded ?? Number.POSITIVE_INFINITY);
});

test('a photo opens full-screen by keyboard and closes with Esc, focus back where it was', async ({ page }) => {
  await openStory(page);
  const opener = page.getByRole('link', { name: `查看大图：${description}` });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: description });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('button', { name: '关闭大图' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('a photo opens full-screen with a tap and closes with a tap or with back', async ({ page }) => {
  await openStory(page);
  const opener = page.getByRole('link', { name: `查看大图：${description}` });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: description });
  await expect(dialog).toBeVisible();
  // The whole window, and the page behind it holds still (and so shows no scrollbar beside it).
  const covered = await dialog.evaluate((element) => {
    const { width, height } = element.getBoundingClientRect();
    return { width, height, page: document.documentElement.clientWidth };
  });
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  expect(covered).toEqual({ width, height, page: width });
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await dialog.click();
  await expect(dialog).toHaveCount(0);
  await opener.click();
  await expect(dialog).toBeVisible();
  await page.goBack();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: story })).toBeVisible();
  // Before hydration a photo is a plain link to its largest file; the tests are about the lightbox.
  await hydrated(page);
});

test('on a touch screen a photo opens and closes with a touch, and pinch zoom stays on', async ({ page, hasTouch }) => {
  test.skip(!hasTouch, 'touches need a touch screen: the phone project has one, desktop has none');
  await openStory(page);
  await page.getByRole('link', { name: `查看大图：${description}` }).tap();
  const dialog = page.getByRole('dialog', { name: description });
  await expect(dialog).toBeVisible();
  // Pinch zoom is the browser's own (headless Chromium cannot pinch with touches): nothing may turn it off.
  const zoom = await dialog.evaluate((element) => ({
    viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
    touchActions: [element, ...element.querySelectorAll('*')].map((node) => getComputedStyle(node).touchAction),
  }));
  expect(zoom.viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(?![\d.])/);
  for (const action of zoom.touchActions) expect(action).toMatch(/^(auto|manipulation)$|pinch-zoom/);
  await page.getByRole('button', { name: '关闭大图' }).tap();
  await expect(dialog).toHaveCount(0);
});

test('print shows a photo further down at the column’s width, loaded, with its caption', async ({ page }) => {
  await page.goto(`${site}/`);
  await page.getByRole('link', { name: '工会开展职工书屋活动' }).first().click();
  const image = page.getByRole('img', { name: '职工在书屋阅读' });
  await expect(image).toHaveAttribute('loading', 'lazy');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
    .toBeGreaterThan(0);
  const figure = page.locator('figure', { has: image });
  await expect(figure.locator('figcaption')).toHaveText('职工在书屋阅读');
  const [imageWidth, columnWidth] = await image.evaluate((element) => [
    element.getBoundingClientRect().width,
    element.closest('article')?.querySelector('[data-paragraph]')?.getBoundingClientRect().width ?? 0,
  ]);
  expect(columnWidth).toBeGreaterThan(0);
  expect(imageWidth).toBeCloseTo(columnWidth, 0);
});

for (const theme of ['dark', 'sepia'] as const) {
  test(`in the ${theme} theme a photo is shown as it is, and its caption and the full-screen photo pass axe`, async ({
    page,
  }) => {
    await page.addInitScript(
      (settings) => localStorage.setItem('cun.reading-settings', settings),
      JSON.stringify({ version: 1, textSize: 1, typeface: 'sans', theme, leading: 'normal' }),
    );
    await openStory(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const image = page.getByRole('img', { name: description });
    // No filter, blend or fade on the photo or anything around it: a dark theme must not invert it.
    const effects = await image.evaluate((element) => {
      const found: string[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.filter !== 'none' || style.mixBlendMode !== 'normal' || Number(style.opacity) < 1) {
          found.push(`${node.tagName}: ${style.filter} ${style.mixBlendMode} ${style.opacity}`);
        }
      }
      return found;
    });
    expect(effects).toEqual([]);
    expect(await axeViolations(page, 'figure')).toEqual([]);
    await page.getByRole('link', { name: `查看大图：${description}` }).click();
    await expect(page.getByRole('dialog', { name: description })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
