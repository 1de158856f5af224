import { expect, test } from './fixtures';

for (const path of ['/articles/no-such-article/', '/districts/atlantis/', '/themes/no-such-theme/', '/no/such/page']) {
  test(`${path} shows a real not-found page`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page).toHaveTitle('页面不存在 - 首都工会新闻');
    await page.getByRole('link', { name: '返回全部报道' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
}
