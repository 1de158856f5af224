import { expect, test } from './test';

// A static host answers with status 404, which the browser reports in the console.
test.use({ expectedConsoleErrors: /status of 404/ });

for (const path of ['/articles/no-such-article/', '/districts/atlantis/', '/themes/no-such-theme/', '/no/such/page']) {
  test(`${path} shows a real not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page).toHaveTitle('页面不存在 - 首都工会新闻');
    await page.getByRole('link', { name: '返回全部报道' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
}
