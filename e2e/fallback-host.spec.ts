import { type StaticServer, startStaticServer } from '../scripts/serve-static';
import { expect, seed, test } from './test';

/**
 * A host with a single-page fallback (Netlify's `/* /index.html 200`, `vite preview`) answers a
 * deep URL without its trailing slash with the list's HTML. The app must render the right page
 * from it, without a hydration mismatch (React error #418) or any other console error.
 */
let fallbackHost: StaticServer;
test.beforeAll(async () => {
  fallbackHost = await startStaticServer({ dir: 'dist', spaFallback: true });
});
test.afterAll(async () => {
  await fallbackHost.close();
});

const deepLinks = [
  { path: 'districts/shunyi', heading: '顺义区' },
  { path: 'themes/women-workers', heading: '女职工' },
  { path: 'districts/shunyi/themes/women-workers', heading: '顺义区 · 女职工' },
];

for (const link of deepLinks) {
  test(`/${link.path} through a fallback host shows its own page`, async ({ page }) => {
    const response = await page.goto(`${fallbackHost.url}${link.path}`);
    // The host really sent the list's HTML for this URL.
    expect(await response?.text()).toContain('<title>全部报道');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(link.heading);
    await expect(page.getByRole('link', { name: seed.shunyi })).toBeVisible();
  });
}

test('an article and an unknown URL through a fallback host', async ({ page }) => {
  await page.goto(fallbackHost.url);
  const href = (await page.getByRole('link', { name: seed.zhuzong }).getAttribute('href')) ?? '';
  await page.goto(`${fallbackHost.url}${href.replace(/^\//u, '').replace(/\/$/u, '')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.zhuzong);
  await page.goto(`${fallbackHost.url}no/such/page`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
});
