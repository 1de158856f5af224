import { expect, seed, test, waitForServiceWorker } from './test';

// Going offline makes the browser log failed requests; that is what this journey is about.
test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to fetch/ });

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
  await expect(page.getByRole('list', { name: '报道列表' }).getByRole('heading', { level: 2 })).toHaveCount(8);
  await context.setOffline(false);
});

test('"save all" makes every article readable offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const save = page.getByRole('button', { name: /离线保存全部报道/ });
  await expect(save).toContainText(/KB/);
  await save.click();
  await expect(page.getByText('全部报道已保存，可离线阅读')).toBeVisible();

  await context.setOffline(true);
  await page.goto('/themes/culture-sports/');
  await page.getByRole('link', { name: seed.huairou }).click();
  await expect(page.getByRole('article', { name: seed.huairou })).toContainText('400余名职工参与');
  await context.setOffline(false);
});
