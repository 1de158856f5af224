import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
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

test('a photo opens full-screen by keyboard and closes with Esc, focus back where it was', async ({ page }) => {
  await openStory(page);
  const opener = page.getByRole('link', { name: `查看大图：${description}` });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: description });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('button', { name: '关闭大图' })).toBeFocused();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
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
  await dialog.click();
  await expect(dialog).toHaveCount(0);
  await opener.click();
  await expect(dialog).toBeVisible();
  await page.goBack();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: story })).toBeVisible();
});
