import { requireCjkFont } from './support/cjk-font';
import { articleTitles, expect, seed, test } from './test';

test('the list shows every article of the page, with its details', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('全部报道 - 首都工会新闻');
  await expect(articleTitles(page)).toHaveText(Object.values(seed));
  const first = page.getByRole('article', { name: seed.xicheng });
  await expect(first).toContainText('进一步发挥工会在“产改”中牵头协调推动作用');
  await expect(first).toContainText('记者 陈曦');
  await expect(first).toContainText('近日，西城区总工会召开第三届委员会第四次全体（扩大）会议。');
  await expect(page.getByRole('article', { name: seed.busPhoto })).toContainText('图片新闻');
});

test('a district leaves only its articles and lives in the URL', async ({ page }) => {
  await page.goto('/');
  const facets = page.getByRole('group', { name: '区域' });
  await facets.getByRole('link', { name: /顺义区/ }).click();
  await expect(page).toHaveURL(/\/districts\/shunyi\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('顺义区');
  await expect(articleTitles(page)).toHaveText([seed.shunyi]);
  await expect(page).toHaveTitle('顺义区 - 首都工会新闻');
});

test('a theme leaves the women-workers articles; a district combines with it', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('group', { name: '主题' })
    .getByRole('link', { name: /女职工/ })
    .click();
  await expect(page).toHaveURL(/\/themes\/women-workers\/$/);
  await expect(articleTitles(page)).toHaveText([seed.busPhoto, seed.shunyi, seed.zhuzong]);

  // Only 顺义 has a women-workers article with a district; the others show disabled.
  const districts = page.getByRole('group', { name: '区域' });
  await expect(districts.getByText('西城区')).toBeVisible();
  await expect(districts.getByRole('link', { name: /西城区/ })).toHaveCount(0);
  await districts.getByRole('link', { name: /顺义区/ }).click();
  await expect(page).toHaveURL(/\/districts\/shunyi\/themes\/women-workers\/$/);
  await expect(articleTitles(page)).toHaveText([seed.shunyi]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('顺义区 · 女职工');

  await page.getByRole('link', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(articleTitles(page)).toHaveCount(8);
});

test('back and forward move through filter choices', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('group', { name: '区域' })
    .getByRole('link', { name: /怀柔区/ })
    .click();
  await expect(articleTitles(page)).toHaveText([seed.huairou]);
  await page.goBack();
  await expect(articleTitles(page)).toHaveCount(8);
  await page.goForward();
  await expect(page).toHaveURL(/\/districts\/huairou\/$/);
  await expect(articleTitles(page)).toHaveText([seed.huairou]);
});

test('a selected facet clears with one more tap', async ({ page }) => {
  await page.goto('/themes/women-workers/');
  const selected = page.getByRole('group', { name: '主题' }).locator('[aria-current="true"]');
  await expect(selected).toContainText('女职工');
  await selected.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(articleTitles(page)).toHaveCount(8);
});

test.describe('when a page cannot be fetched', () => {
  // The browser reports the failed request itself; that message is the point of this test.
  // Requests a service worker answers never reach page.route(); this journey is about the network failing.
  test.use({ expectedConsoleErrors: /status of 503/ });

  test('a data error offers a retry that recovers', async ({ page }) => {
    let failing = true;
    // Only the app's own fetch of the article's view fails, not the page load.
    await page.route('**/articles/**', (route) =>
      failing && route.request().resourceType() === 'fetch' ? route.fulfill({ status: 503 }) : route.fallback(),
    );
    await page.goto('/');
    await page.getByRole('link', { name: seed.huairou }).click();
    await expect(page.getByRole('alert')).toContainText('内容加载失败', { timeout: 20_000 });
    failing = false;
    await page.getByRole('button', { name: '重新加载' }).click();
    await expect(page.getByRole('article', { name: seed.huairou })).toContainText('400余名职工参与');
  });
});

test('no screen scrolls sideways', async ({ page }) => {
  requireCjkFont();
  for (const path of ['/', '/themes/women-workers/', '/districts/shunyi/themes/women-workers/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
