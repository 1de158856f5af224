import { sites } from './support/sites';
import { expect, seed, test } from './test';

const base = `http://127.0.0.1:${sites.subPath.port}/reader/`;

// The service worker's scope is part of what a sub-path must get right.
test.use({ serviceWorkers: 'allow' });

test('the site works under a sub-path: pages, links, data, icons and manifest', async ({ page, request }) => {
  const response = await page.goto(base);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部报道');
  await page.getByRole('link', { name: seed.huairou }).click();
  await expect(page).toHaveURL(new RegExp(`^${base}articles/(\\d{4}/\\d{2}/\\d{2}|undated)/[a-z0-9-]+/$`));
  await page.getByRole('link', { name: /上一篇/ }).click();
  await expect(page.getByRole('article', { name: seed.zhuzong })).toContainText('向香炉峰攀登');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.zhuzong);

  const assets = [
    ['link[rel="manifest"]', 'href'],
    ['link[rel="icon"]', 'href'],
    ['link[rel="apple-touch-icon"]', 'href'],
    ['script[type="module"]', 'src'],
    ['link[rel="alternate"][type="application/atom+xml"]', 'href'],
  ] as const;
  for (const [selector, attribute] of assets) {
    const href = await page.locator(selector).getAttribute(attribute);
    expect(href, selector).toMatch(/^\/reader\//);
    expect((await request.get(new URL(href ?? '', base).href)).status(), selector).toBe(200);
  }
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(base);
});

test('the sub-path site links its own deep pages and 404s outside them', async ({ page, request }) => {
  await page.goto(`${base}districts/huairou/`);
  await expect(page.getByRole('link', { name: seed.huairou })).toHaveAttribute('href', /^\/reader\/articles\//);
  expect((await request.get(`${base}no/such/page`)).status()).toBe(404);
});
