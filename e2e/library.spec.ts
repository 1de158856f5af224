import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { requireCjkFont } from './support/cjk-font';
import { articleTitles, expect, seed, test, waitForServiceWorker } from './test';

const LIBRARY_KEY = 'cun.library';

const card = (page: Page, title: string) => page.getByRole('article', { name: title });
const saveToggle = (page: Page, title: string) => card(page, title).getByRole('button', { name: `收藏《${title}》` });

/** Larger text makes every article longer than the window, so reading it takes scrolling. */
const useLargeText = (page: Page) =>
  page.addInitScript(() =>
    localStorage.setItem(
      'cun.reading-settings',
      JSON.stringify({ version: 1, textSize: 5, typeface: 'sans', theme: 'system', leading: 'normal' }),
    ),
  );

test.describe('收藏', () => {
  // Going offline makes the browser log failed requests; reading offline is what this journey is about.
  test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to fetch/, serviceWorkers: 'allow' });

  test('an article saved from the list is in /saved/ and opens offline, never having been opened', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    await saveToggle(page, seed.huairou).click();
    await expect(saveToggle(page, seed.huairou)).toHaveAttribute('aria-pressed', 'true');
    await saveToggle(page, seed.busPhoto).click();

    await page.getByRole('link', { name: '收藏', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的收藏');
    // Newest saved first.
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(seed.busPhoto);
    await expect(page.getByRole('heading', { level: 2, name: seed.huairou })).toBeVisible();

    await context.setOffline(true);
    await page.getByRole('link', { name: seed.huairou }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.huairou, { timeout: 15_000 });
    await expect(page.locator('[data-paragraph]').first()).toBeVisible();
    await context.setOffline(false);
  });

  test('an article page saves and unsaves, and /saved/ follows', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: seed.zhuzong }).click();
    const toggle = page.getByRole('button', { name: '收藏', exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.getByRole('button', { name: '收藏', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '收藏', exact: true }).click();
    await page.goto('/saved/');
    await expect(page.getByText('还没有收藏的报道')).toBeVisible();
  });
});

test('read marks appear on the list and the reader can clear them', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: seed.shunyi }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.shunyi);
  await page.goBack();
  await expect(card(page, seed.shunyi).getByText('已读')).toBeVisible();
  await expect(card(page, seed.xicheng).getByText('已读')).toHaveCount(0);
  const readTitle = await card(page, seed.shunyi)
    .getByRole('heading')
    .evaluate((element) => getComputedStyle(element).color);
  const unreadTitle = await card(page, seed.xicheng)
    .getByRole('heading')
    .evaluate((element) => getComputedStyle(element).color);
  expect(readTitle).not.toBe(unreadTitle);

  await page.getByRole('link', { name: '收藏', exact: true }).click();
  await page.getByRole('button', { name: '清除阅读记录' }).click();
  await page.getByRole('button', { name: '清除', exact: true }).click();
  await expect(page.getByText('没有阅读记录。')).toBeVisible();
  await page.getByRole('link', { name: '最新' }).click();
  await expect(articleTitles(page)).toHaveCount(8);
  await expect(page.getByText('已读', { exact: true })).toHaveCount(0);
});

test('an article left part-way reopens at the paragraph where the reader stopped', async ({ page }) => {
  requireCjkFont();
  await useLargeText(page);
  await page.goto('/');
  await page.getByRole('link', { name: seed.xicheng }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.xicheng);
  const third = page.locator('[data-paragraph="2"]');
  await third.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 60));
  // Where the reader is gets stored a moment after scrolling stops.
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', LIBRARY_KEY))
    .toContain('"paragraph":2');

  await page.getByRole('link', { name: '返回列表' }).click();
  const offer = page.getByRole('complementary', { name: '继续阅读' });
  await expect(offer).toContainText(seed.xicheng);
  await expect(offer).toContainText('读到第 3/');
  await offer.getByRole('link').click();

  await expect(page.getByRole('status').filter({ hasText: '已回到上次读到的位置（第 3 段）' })).toBeVisible();
  await expect
    .poll(() => third.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
    .toBeLessThan(120);
  expect(await third.evaluate((element) => element.getBoundingClientRect().bottom)).toBeGreaterThan(80);

  await page.getByRole('button', { name: '从头阅读' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test.describe('storage that cannot be trusted', () => {
  test('garbage in the stored library keeps what reads and breaks nothing', async ({ page }) => {
    await page.addInitScript(
      (key) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            version: 1,
            saved: [{ id: 'x' }, 'junk', { id: 'ok-1', title: '留下的收藏', edition: '日期未注明', savedAt: 1 }],
            read: { 'bad id!': 1 },
            positions: 7,
          }),
        ),
      LIBRARY_KEY,
    );
    await page.goto('/saved/');
    await expect(page.getByRole('heading', { level: 2, name: '留下的收藏' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(2); // the entry and 阅读记录
    await page.goto('/');
    await saveToggle(page, seed.huairou).click();
    await expect(saveToggle(page, seed.huairou)).toHaveAttribute('aria-pressed', 'true');
  });

  test('storage that throws lets the reader save for the visit', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/');
    await saveToggle(page, seed.huairou).click();
    await expect(saveToggle(page, seed.huairou)).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('link', { name: '收藏', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: seed.huairou })).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /saved/ and an article's tools (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await saveToggle(page, seed.huairou).click();
    await page.getByRole('link', { name: seed.huairou }).click();
    await expect(page.getByRole('button', { name: '收藏', exact: true })).toHaveAttribute('aria-pressed', 'true');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '收藏', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: seed.huairou })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
