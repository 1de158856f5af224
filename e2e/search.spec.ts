import type { Page } from '@playwright/test';
import { ANY_SIZE } from './support/any-size';
import { expectedCount, inDistrict } from './support/archive-search';
import { axeViolations } from './support/axe';
import { sites } from './support/sites';
import { expect, test, waitForServiceWorker } from './test';

/** Search runs on the generated archive (playwright.config.ts builds it). */
test.use({ baseURL: `http://127.0.0.1:${sites.archive.port}` });

const results = (page: Page) => page.locator('[data-result-count]:not([aria-busy="true"])');
const resultTitles = (page: Page) => results(page).locator('ol h2');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: '搜索报道' });

/** The front page, once the app runs (its offline-save button is enabled only then): "/" is the app's shortcut. */
async function openFrontPage(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: /离线保存/u })).toBeEnabled();
}

test('typing in the header box from the front page shows every match, with the match marked', async ({ page }) => {
  await openFrontPage(page);
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('陈曦');
  await expect(page).toHaveURL(/\/search\/\?q=%E9%99%88%E6%9B%A6$/u);
  await expect(searchBox(page)).toBeFocused();
  const count = expectedCount('陈曦');
  expect(count).toBeGreaterThan(20);
  await expect(results(page)).toHaveAttribute('data-result-count', String(count));
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText(`找到 ${count} 篇报道`);
  await expect(resultTitles(page)).toHaveCount(20);
  await expect(results(page).locator('mark').first()).toHaveText('陈曦');
});

test('更多结果 shows the next twenty and moves focus to the first of them', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('工会')}`);
  await expect(results(page)).toHaveAttribute('data-result-count', String(expectedCount('工会')));
  const more = page.getByRole('button', { name: /更多结果/ });
  // Results are laid out only as they come near the screen (content-visibility): a jump to the
  // button lays out the last ones, which moves it a frame later. A click right after the jump can
  // press on the button and release beside it; a reader taps a button that has come to rest.
  await more.scrollIntoViewIfNeeded();
  await more.click();
  await expect(resultTitles(page)).toHaveCount(40);
  await expect(resultTitles(page).nth(20).getByRole('link')).toBeFocused();
});

test('facets narrow the results with their counts, and one tap clears them', async ({ page }) => {
  const query = '女职工 活动';
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const total = expectedCount(query);
  await expect(results(page)).toHaveAttribute('data-result-count', String(total));
  // The most frequent few first; the rest behind a button, so the results stay in view on a phone.
  const districtGroup = page.getByRole('group', { name: '按区域筛选' });
  await expect(districtGroup.getByRole('link')).toHaveCount(6);
  await districtGroup.getByRole('button', { name: /^更多区域（\d+）$/u }).click();
  await expect(districtGroup.getByRole('button', { name: '收起' })).toHaveAttribute('aria-expanded', 'true');
  expect(await districtGroup.getByRole('link').count()).toBeGreaterThan(6);
  const option = districtGroup.getByRole('link').first();
  const [, name = '', shown = ''] = /^(\D+)(\d+)$/u.exec((await option.textContent()) ?? '') ?? [];
  await option.click();
  await expect(page).toHaveURL(/district=/u);
  const district = new URL(page.url()).searchParams.get('district') ?? '';
  const narrowed = expectedCount(query, inDistrict(district));
  expect(Number(shown)).toBe(narrowed);
  await expect(results(page)).toHaveAttribute('data-result-count', String(narrowed));
  await expect(
    page.getByRole('group', { name: '按区域筛选' }).getByRole('link', { name: new RegExp(name) }),
  ).toHaveAttribute('aria-current', 'true');
  await page.getByRole('link', { name: '清除筛选' }).click();
  await expect(results(page)).toHaveAttribute('data-result-count', String(total));
});

test('a search is a URL: it survives a reload, and back and forward walk through it', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('陈曦');
  await expect(results(page)).toHaveAttribute('data-result-count', String(expectedCount('陈曦')));
  await page.reload();
  await expect(searchBox(page)).toHaveValue('陈曦');
  await expect(results(page)).toHaveAttribute('data-result-count', String(expectedCount('陈曦')));
  const first = resultTitles(page).first();
  const title = (await first.textContent()) ?? '';
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('陈曦');
  await expect(resultTitles(page).first()).toHaveText(title);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部报道');
  await expect(searchBox(page)).toHaveValue('');
});

test('the keyboard alone goes from the front page to a result', async ({ page }) => {
  await openFrontPage(page);
  await page.keyboard.press('/');
  await page.keyboard.type('欧阳明月');
  await expect(results(page)).toHaveAttribute('data-result-count', String(expectedCount('欧阳明月')));
  // Past the search button, the facets and the clear link to the first result.
  const firstResult = resultTitles(page).first().getByRole('link');
  for (let step = 0; step < 60 && !(await firstResult.evaluate((link) => link === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(firstResult).toBeFocused();
  const title = (await firstResult.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test.describe('before the app runs', () => {
  test.use({ navigationAwaitsHydration: false });

  test('what a reader types before the app runs is kept and searched', async ({ page }) => {
    // The app's scripts are held back until the reader has typed into the prerendered box.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await held;
      await route.continue();
    });
    // The page's HTML is there; its module scripts (which hold up DOMContentLoaded) are not.
    await page.goto('/', { waitUntil: 'commit' });
    await searchBox(page).pressSequentially('陈曦');
    release();
    await expect(page).toHaveURL(/\/search\/\?q=%E9%99%88%E6%9B%A6$/u);
    await expect(searchBox(page)).toHaveValue('陈曦');
    await expect(results(page)).toHaveAttribute('data-result-count', String(expectedCount('陈曦')));
  });
});

test('no results says so and suggests what to try', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('冬送温暖 龘')}`);
  await expect(results(page)).toHaveAttribute('data-result-count', '0');
  await expect(page.getByText('没有找到同时包含')).toBeVisible();
  await expect(page.getByText('去掉一个词再试。')).toBeVisible();
});

test('a query is text: markup in it is shown, never run', ANY_SIZE, async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  page.on('dialog', () => {
    throw new Error('the query ran as markup');
  });
  await page.goto(`/search/?q=${encodeURIComponent(hostile)}`);
  await expect(results(page)).toHaveAttribute('data-result-count', '0');
  // Each word of it is a term, quoted back in the no-results message as text.
  await expect(page.getByText('“<img”、“src=x”、“onerror=alert(1)>”')).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
});

test('a query too long to search gets a message, not a frozen page', ANY_SIZE, async ({ page }) => {
  await page.goto(`/search/?q=${'工会'.repeat(60)}`);
  await expect(page.getByText(/太长了/u)).toBeVisible();
});

test.describe('offline', ANY_SIZE, () => {
  // Going offline makes the browser log the requests that fail; that is what this journey is about.
  test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to fetch/u, serviceWorkers: 'allow' });

  test('a search made before finds every match again offline', async ({ page, context }) => {
    await openFrontPage(page);
    await waitForServiceWorker(page);
    await searchBox(page).fill('陈曦');
    const count = String(expectedCount('陈曦'));
    await expect(results(page)).toHaveAttribute('data-result-count', count);
    const titles = await resultTitles(page).allTextContents();

    await context.setOffline(true);
    await page.reload();
    await expect(results(page)).toHaveAttribute('data-result-count', count);
    await expect(resultTitles(page)).toHaveText(titles);
    await context.setOffline(false);
  });
});

test.describe('when the index cannot be fetched', ANY_SIZE, () => {
  test.use({ expectedConsoleErrors: /Failed to load resource|search-index/u });

  test('the results page says so and its retry recovers', async ({ page }) => {
    await page.route('**/search-index.json', (route) => route.abort());
    await page.goto(`/search/?q=${encodeURIComponent('陈曦')}`);
    // After react-query's own retries (about 7 s).
    await expect(page.getByRole('alert')).toContainText('搜索索引加载失败', { timeout: 20_000 });
    await page.unroute('**/search-index.json');
    await page.getByRole('alert').getByRole('button', { name: '重新加载' }).click();
    await expect(results(page)).toHaveAttribute('data-result-count', String(expectedCount('陈曦')));
  });
});

test.describe('without JavaScript', ANY_SIZE, () => {
  test.use({ javaScriptEnabled: false });

  test('the search page still offers the form and says results need JavaScript', async ({ page }) => {
    await page.goto('/');
    await searchBox(page).fill('陈曦');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=/u);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索');
    await expect(searchBox(page)).toBeVisible();
    // A browser without JavaScript shows <noscript>; Playwright's switch leaves the parser treating
    // it as enabled, so the message is checked in the page as served.
    const html = await (await page.request.get(page.url())).text();
    expect(html).toMatch(/<noscript><p[^>]*>搜索结果需要浏览器启用 JavaScript 才能显示。/u);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the results page in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/search/?q=${encodeURIComponent('陈曦 女职工')}&district=chaoyang`);
    await expect(results(page)).toHaveAttribute(
      'data-result-count',
      String(expectedCount('陈曦 女职工', inDistrict('chaoyang'))),
    );
    expect(await axeViolations(page)).toEqual([]);
  });
}
