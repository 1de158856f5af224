import type { Page } from '@playwright/test';
import { type StaticServer, startStaticServer } from '../scripts/serve-static';
import { ANY_SIZE } from './support/any-size';
import { axeViolations } from './support/axe';
import { ARCHIVE_ARTICLES, sites } from './support/sites';
import { articleTitles, expect, test, waitForServiceWorker } from './test';

/** The generated archive of dated pages (playwright.config.ts builds it). */
const ARCHIVE = `http://127.0.0.1:${sites.archive.port}`;
const ARTICLES = ARCHIVE_ARTICLES;
test.use({ baseURL: ARCHIVE });

/** The line under a list's heading: how many articles, which page. */
const listStatus = (page: Page) => page.getByRole('status').filter({ hasText: '篇报道' });
const articleLinks = (page: Page) => page.getByRole('region', { name: '报道列表' }).locator('h3 a');

/** Follows 较早 from `start` (a front page) to the oldest page, collecting every article link on the way. */
async function walkPages(page: Page, start: string): Promise<string[]> {
  const hrefs: string[] = [];
  await page.goto(start);
  for (;;) {
    hrefs.push(
      ...(await articleLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))),
    );
    const older = page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '较早' });
    if ((await older.count()) === 0) return hrefs;
    const number = /\/page\/(\d+)\/$/u.exec((await older.getAttribute('href')) ?? '')?.[1];
    await older.click();
    // In the app the next page arrives a moment after the click; read it only once it is there.
    await expect(listStatus(page)).toContainText(`第 ${number} 页`);
  }
}

test.describe('without JavaScript', ANY_SIZE, () => {
  test.use({ javaScriptEnabled: false });

  test('following only pagination links reaches every article exactly once, the oldest last', async ({ page }) => {
    // Eleven page loads in a row: more than the default 30 s on a busy two-core machine.
    test.setTimeout(120_000);
    const hrefs = await walkPages(page, '/');
    expect(hrefs).toHaveLength(ARTICLES);
    expect(new Set(hrefs).size).toBe(ARTICLES);
    await expect(listStatus(page)).toHaveText('第 1 页 · 40 篇报道');
  });

  test('the calendar and an edition are real pages, and a 版面 is a section of its edition', async ({ page }) => {
    await page.goto('/editions/');
    await page
      .getByRole('link', { name: /日，\s*\d+篇/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\d{4}年\d+月\d+日 星期./);
    await page
      .getByRole('navigation', { name: '本期版面' })
      .getByRole('link', { name: /^第3版/ })
      .click();
    await expect(page).toHaveURL(/#ban-3$/);
    await expect(page.getByRole('heading', { level: 2, name: /^第3版/ })).toBeInViewport();
  });
});

test('a filtered list’s pages add up to its count', ANY_SIZE, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const chip = page.getByRole('group', { name: '主题' }).getByRole('link').first();
  const count = Number((await chip.textContent())?.match(/(\d+)/)?.[1]);
  expect(count).toBeGreaterThan(20);
  await chip.click();
  await expect(listStatus(page)).toHaveText(new RegExp(`^共 ${count} 篇报道`));
  const hrefs = await walkPages(page, new URL(page.url()).pathname);
  expect(hrefs).toHaveLength(count);
  expect(new Set(hrefs).size).toBe(count);
});

test('pages numbered from the oldest: newest, newer, older and the pages nearby', async ({ page }) => {
  await page.goto('/page/7/');
  const pager = page.getByRole('navigation', { name: '分页' });
  await expect(pager.locator('[aria-current="page"]')).toHaveText('第7页（当前）');
  for (const name of ['最新', '较新', '较早', '第 8 页', '第 6 页', '第 1 页']) {
    await expect(pager.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(pager.getByRole('link', { name: '第 9 页' })).toHaveCount(0);
  await pager.getByRole('link', { name: '第 1 页' }).click();
  await expect(page).toHaveURL(/\/page\/1\/$/);
  await expect(articleTitles(page)).toHaveCount(40);
  await page.goBack();
  await expect(page).toHaveURL(/\/page\/7\/$/);
  await expect(pager.locator('[aria-current="page"]')).toHaveText('第7页（当前）');
});

test('the calendar leads to an edition, a 版面 and an article, and back', async ({ page }) => {
  await page.goto('/');
  const sections = page.getByRole('navigation', { name: '栏目' });
  await expect(sections.getByRole('link', { name: '最新' })).toHaveAttribute('aria-current', 'page');
  await sections.getByRole('link', { name: '往期版面' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('往期版面');
  // The header marks the section the reader is in, the calendar's pages included.
  await expect(sections.getByRole('link', { name: '往期版面' })).toHaveAttribute('aria-current', 'page');
  await expect(sections.locator('[aria-current]')).toHaveCount(1);
  const day = page.getByRole('link', { name: /日，\s*\d+篇/ }).nth(3);
  await day.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\d{4}年/);
  const date = await page.getByRole('heading', { level: 1 }).textContent();
  await page
    .getByRole('navigation', { name: '本期版面' })
    .getByRole('link', { name: /^第2版/ })
    .click();
  const second = page.getByRole('heading', { level: 2, name: /^第2版/ });
  await expect(second).toBeInViewport();
  const firstArticle = page.locator('#ban-2 h3 a').first();
  const title = (await firstArticle.textContent()) ?? '';
  await firstArticle.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // The article names where it was printed, and that link leads back to its 版面 in the edition.
  await page
    .locator('main header')
    .getByRole('link', { name: `${date} · 第2版` })
    .click();
  await expect(page).toHaveURL(/#ban-2$/);
  await expect(second).toBeInViewport();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(date ?? '');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('往期版面');
});

test.describe('pages that do not exist', ANY_SIZE, () => {
  test.use({ expectedConsoleErrors: /status of 404/ });

  for (const path of ['/page/999/', '/editions/1999/01/01/', '/editions/2016/01/04/9/']) {
    test(`${path} is a real not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    });
  }

  test('page 999 reached in the app is not found either', async ({ page }) => {
    await page.goto('/');
    // An in-app step first: the app is running, so the history change below is its to handle.
    await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '较早' }).click();
    await expect(listStatus(page)).toContainText('第 10 页');
    await page.evaluate(() => {
      window.history.pushState({}, '', '/page/999/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  });
});

test.describe('through a host with a single-page fallback', ANY_SIZE, () => {
  let fallbackHost: StaticServer;
  test.beforeAll(async () => {
    fallbackHost = await startStaticServer({ dir: 'dist-archive', spaFallback: true });
  });
  test.afterAll(async () => {
    await fallbackHost.close();
  });

  for (const [path, heading] of [
    ['page/2', '全部报道'],
    ['editions', '往期版面'],
    ['editions/2016/01/04', '2016年1月4日 星期一'],
  ] as const) {
    test(`/${path} without its trailing slash shows its own page`, async ({ page }) => {
      await page.goto(`${fallbackHost.url}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    });
  }

  test('/page/2 is archive page 2, not the front page', async ({ page }) => {
    await page.goto(`${fallbackHost.url}page/2`);
    await expect(listStatus(page)).toContainText('第 2 页 · ');
  });
});

test.describe('offline', ANY_SIZE, () => {
  // Going offline makes the browser log failed requests; that is what this journey is about.
  test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to fetch/, serviceWorkers: 'allow' });
  // The service worker waits up to 4 s for the network before it answers from its cache.
  const offline = { timeout: 15_000 };

  test('the newest edition saved from the list is readable offline, edition and articles', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    const save = page.getByRole('button', { name: /离线保存最新一期/ });
    await expect(save).toContainText(/KB/);
    await save.click();
    await expect(page.getByText('最新一期已保存，可离线阅读')).toBeVisible();

    await context.setOffline(true);
    const title = (await articleLinks(page).first().textContent()) ?? '';
    await articleLinks(page).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, offline);
    await page.locator('main header a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\d{4}年/, offline);
    await expect(page.getByRole('heading', { level: 2, name: /^第\d+版/ }).first()).toBeVisible();
    await context.setOffline(false);
  });

  test('an edition saved from its page opens offline, with its 版面 and articles', async ({ page, context }) => {
    await page.goto('/editions/');
    await waitForServiceWorker(page);
    await page
      .getByRole('link', { name: /日，\s*\d+篇/ })
      .nth(1)
      .click();
    // Read the date once the edition is on screen, not the calendar's heading it replaces.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\d{4}年/);
    const date = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await page.getByRole('button', { name: /离线保存本期/ }).click();
    await expect(page.getByText('本期已保存，可离线阅读')).toBeVisible();

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(date, offline);
    await page
      .getByRole('navigation', { name: '本期版面' })
      .getByRole('link', { name: /^第3版/ })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: /^第3版/ })).toBeInViewport();
    await page.locator('#ban-3 h3 a').last().click();
    await expect(page.locator('p.indent-\\[2em\\]').first()).toBeVisible(offline);
    await context.setOffline(false);
  });
});

test.describe('documents kept offline under the URLs of before', ANY_SIZE, () => {
  test.use({ serviceWorkers: 'allow' });

  test('move to their new URLs once the app runs', async ({ page }) => {
    await page.goto('/editions/2016/01/04/');
    await waitForServiceWorker(page);
    const articlePath = (await page.locator('main a[href^="/articles/"]').first().getAttribute('href')) ?? '';
    const id = articlePath.split('/').at(-2) ?? '';
    // What an offline save wrote before: the same documents, under the old paths.
    await page.evaluate(
      async ({ articlePath, id }) => {
        const cache = await caches.open('pages');
        const article = (await (await fetch(articlePath)).text()).replace(
          `data-url="${articlePath}"`,
          `data-url="/articles/${id}/"`,
        );
        await cache.put(
          '/editions/2016-01-04/',
          new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } }),
        );
        await cache.put(`/articles/${id}/`, new Response(article, { headers: { 'Content-Type': 'text/html' } }));
        for (const path of ['/editions/2016/01/04/', articlePath]) await cache.delete(path);
      },
      { articlePath, id },
    );
    await page.reload();
    const cached = () =>
      page.evaluate(async () =>
        (await (await caches.open('pages')).keys()).map((request) => new URL(request.url).pathname).sort(),
      );
    await expect
      .poll(cached, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['/editions/2016/01/04/', articlePath]));
    expect(await cached()).not.toContain('/editions/2016-01-04/');
    expect(await cached()).not.toContain(`/articles/${id}/`);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const path of ['/page/2/', '/editions/', '/editions/2016/01/04/']) {
      test(`finds no violations on ${path}`, async ({ page }) => {
        // A page of forty articles is a big tree for axe: about 20 s on a busy two-core machine.
        test.setTimeout(60_000);
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
