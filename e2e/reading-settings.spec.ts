import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { requireCjkFont } from './support/cjk-font';
import { brightness, pixelAt } from './support/pixels';
import { expect, seed, test } from './test';

const SETTINGS_KEY = 'cun.reading-settings';

/** Stores reading settings before any page of the site loads, as a returning reader has them. */
const storeSettings = (page: Page, settings: Record<string, string | number>) =>
  page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    SETTINGS_KEY,
    JSON.stringify({ version: 1, ...settings }),
  ] as const);

async function openSettings(page: Page) {
  await page.getByRole('button', { name: '阅读设置' }).first().click();
  return page.getByRole('dialog', { name: '阅读设置' });
}

async function openArticle(page: Page, title = seed.xicheng) {
  await page.goto('/');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** A point of bare page background, beside the reading column. */
const paperPoint = (page: Page) => ({ x: 3, y: (page.viewportSize()?.height ?? 800) - 3 });

test('each setting applies at once and is kept across a reload', async ({ page }) => {
  await openArticle(page);
  const dialog = await openSettings(page);
  await dialog.getByRole('radio', { name: '特大' }).check();
  await dialog.getByRole('radio', { name: '宋体' }).check();
  await dialog.getByRole('radio', { name: '护眼' }).check();
  await dialog.getByRole('radio', { name: '宽松' }).check();
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-text-size', '4');
  await expect(root).toHaveAttribute('data-typeface', 'serif');
  await expect(root).toHaveAttribute('data-theme', 'sepia');
  await expect(root).toHaveAttribute('data-leading', 'relaxed');
  const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(fontSize).toBe('24px');
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(root).toHaveAttribute('data-theme', 'sepia');
  await expect(root).toHaveAttribute('data-text-size', '4');
  const reopened = await openSettings(page);
  await expect(reopened.getByRole('radio', { name: '护眼' })).toBeChecked();
  await expect(reopened.getByRole('radio', { name: '宋体' })).toBeChecked();
  await reopened.getByRole('button', { name: '恢复默认' }).click();
  await expect(root).toHaveAttribute('data-theme', 'system');
  await expect(reopened.getByRole('radio', { name: '标准' }).first()).toBeChecked();
});

test.describe('a reader who chose 深色 on a light system', () => {
  // The app's scripts are refused on purpose: the browser reports each as a failed load.
  test.use({
    colorScheme: 'light',
    expectedConsoleErrors: /Failed to load resource: net::ERR_FAILED/,
    navigationAwaitsHydration: false,
  });

  test('never sees the light page, even before the app’s JavaScript runs', async ({ page }) => {
    await openArticle(page);
    const dialog = await openSettings(page);
    await dialog.getByRole('radio', { name: '深色' }).check();
    await dialog.getByRole('button', { name: '完成' }).click();

    // The next page arrives without any of the app's scripts: only the page, its styles and its inline script.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(page.url());
    const { x, y } = paperPoint(page);
    expect(brightness(await pixelAt(page, x, y))).toBeLessThan(40);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('护眼 on a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('shows warm paper, not the dark page', async ({ page }) => {
    await storeSettings(page, { textSize: 1, typeface: 'sans', theme: 'sepia', leading: 'normal' });
    await page.goto('/');
    const { x, y } = paperPoint(page);
    const [red, , blue] = await pixelAt(page, x, y);
    expect(red).toBeGreaterThan(200);
    expect(red - blue).toBeGreaterThan(15);
  });
});

test('the largest text reflows at 360 px without sideways scrolling', async ({ page }) => {
  requireCjkFont();
  await page.setViewportSize({ width: 360, height: 740 });
  await storeSettings(page, { textSize: 5, typeface: 'sans', theme: 'system', leading: 'relaxed' });
  for (const path of ['/', '/districts/shunyi/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
  }
  await page.getByRole('link', { name: seed.shunyi }).click();
  await expect(page.getByRole('heading', { level: 1, name: seed.shunyi })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
});

test('a new text size keeps the reader’s paragraph in view', async ({ page }) => {
  requireCjkFont();
  await openArticle(page);
  const dialog = await openSettings(page);
  // The reader has scrolled down to the fourth paragraph (the dialog floats above the page).
  const paragraph = page.locator('main article p.indent-\\[2em\\]').nth(3);
  await paragraph.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 100));
  const before = await paragraph.evaluate((element) => element.getBoundingClientRect().top);
  expect(before).toBeCloseTo(100, 0);
  await dialog.getByRole('radio', { name: '超大' }).check();
  const after = await paragraph.evaluate((element) => element.getBoundingClientRect().top);
  expect(Math.abs(after - before)).toBeLessThan(4);
});

test.describe('storage that cannot be trusted', () => {
  test('garbage in storage leaves the defaults and breaks nothing', async ({ page }) => {
    await page.addInitScript(
      (key) => localStorage.setItem(key, '{"version":1,"theme":"<img src=x onerror=alert(1)>","textSize":"huge"'),
      SETTINGS_KEY,
    );
    await openArticle(page);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    const dialog = await openSettings(page);
    await expect(dialog.getByRole('radio', { name: '跟随系统' })).toBeChecked();
    await dialog.getByRole('radio', { name: '深色' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('storage that throws (private browsing) still lets the reader change settings for the visit', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openArticle(page);
    const dialog = await openSettings(page);
    await dialog.getByRole('radio', { name: '大', exact: true }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
  });
});

test('the settings dialog works by keyboard and passes axe', async ({ page }) => {
  await openArticle(page);
  const button = page.getByRole('button', { name: '阅读设置' }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '阅读设置' });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page, 'dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
