import { articleTitles, expect, seed, test, waitForServiceWorker } from './test';

// Going offline makes the browser log failed requests; that is what this journey is about.
test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to fetch/, serviceWorkers: 'allow' });

test('the list and an article read before keep working offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: seed.craftsmen }).click();
  await expect(page.getByRole('article', { name: seed.craftsmen })).toContainText('大国工匠、焊接大师');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('article', { name: seed.craftsmen })).toContainText('大国工匠、焊接大师');
  await page.getByRole('link', { name: '返回列表' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部报道');
  await page.goto('/');
  await expect(articleTitles(page)).toHaveCount(8);
  await context.setOffline(false);
});
