import { ANY_SIZE } from './support/any-size';
import { requireCjkFont } from './support/cjk-font';
import { hydrated } from './support/hydrated';
import { layoutShift } from './support/layout-shift';
import { articleTitles, expect, seed, test } from './test';

const routes = [
  { kind: 'list', path: '/', heading: '全部报道', text: seed.xicheng },
  { kind: 'district', path: '/districts/shunyi/', heading: '顺义区', text: seed.shunyi },
  { kind: 'theme', path: '/themes/women-workers/', heading: '女职工', text: seed.zhuzong },
  {
    kind: 'district and theme',
    path: '/districts/shunyi/themes/women-workers/',
    heading: '顺义区 · 女职工',
    text: seed.shunyi,
  },
];

for (const route of routes) {
  test(`the ${route.kind} page opens by deep link and after a refresh`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
    await expect(page.getByRole('link', { name: route.text })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
  });
}

test(
  'an article opens by deep link with its text, without fetching what the page embeds',
  ANY_SIZE,
  async ({ page }) => {
    const viewRequests: string[] = [];
    page.on('request', (request) => {
      if (request.headers()['x-view-request']) viewRequests.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    const href = await page.getByRole('link', { name: seed.shunyi }).getAttribute('href');
    const response = await page.goto(href ?? '');
    expect(response?.status()).toBe(200);
    const article = page.getByRole('article', { name: seed.shunyi });
    await expect(article).toContainText('聘请律师作专题授课');
    // Once hydrated, client-side navigation works from the prerendered page.
    await hydrated(page);
    await page.getByRole('link', { name: /下一篇/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.zhuzong);
    // Only the next article's view was fetched: the landing page's own came with it.
    expect(viewRequests).toHaveLength(1);
    expect(viewRequests).not.toContain(href);
  },
);

test('a prerendered page does not shift while it hydrates and its facets get their counts', async ({ page }) => {
  requireCjkFont();
  await page.goto('/themes/women-workers/');
  await expect(articleTitles(page)).toHaveCount(3);
  // Served without counts (they change daily), the facets fill them in place.
  const themes = page.getByRole('group', { name: '主题' });
  await expect(themes.getByRole('link', { name: /女职工 3 篇/ })).toBeVisible();
  await expect(page.getByRole('group', { name: '区域' }).getByText('（当前条件下无报道）').first()).toBeAttached();
  const shift = await layoutShift(page);
  expect(shift).toBe(0);
});

test('an article page carries its share metadata in the HTML', ANY_SIZE, async ({ page, request }) => {
  await page.goto('/');
  const href = (await page.getByRole('link', { name: seed.shijingshan }).getAttribute('href')) ?? '';
  const html = await (await request.get(href)).text();
  expect(html).toContain(`<title>${seed.shijingshan} - 首都工会新闻</title>`);
  expect(html).toMatch(/<meta name="description" content="近日，石景山区总工会联合团区委/);
  expect(html).toContain(`<link rel="canonical" href="http://127.0.0.1:4173${href}">`);
  expect(html).toContain('<meta property="og:type" content="article">');
  expect(html).toContain(`<meta property="og:title" content="${seed.shijingshan}">`);
  expect(html).toContain('<meta property="og:site_name" content="首都工会新闻">');
  expect(html).toContain('<meta property="article:section" content="关爱慰问">');
  expect(html).toContain('<meta name="twitter:card" content="summary">');
  // The embedded data is inert JSON, never a script that runs.
  expect(html).toMatch(/<script type="application\/json" id="app-state" data-url="\/articles\/[^"]+\/">/);
});

test('the site files static hosts and feed readers look for are there', ANY_SIZE, async ({ request }) => {
  for (const file of [
    '/sitemap.xml',
    '/robots.txt',
    '/feed.xml',
    '/manifest.webmanifest',
    '/favicon.svg',
    '/icons/icon-192.png',
    '/_headers',
    '/.nojekyll',
    '/sw.js',
  ]) {
    expect((await request.get(file)).status(), file).toBe(200);
  }
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed.match(/<entry>/g)).toHaveLength(8);
});

test.describe('with JavaScript disabled', ANY_SIZE, () => {
  test.use({ javaScriptEnabled: false });

  test('an article shows its full text and its links lead to real pages', async ({ page }) => {
    await page.goto('/');
    await expect(articleTitles(page)).toHaveCount(8);
    await page.getByRole('link', { name: seed.zhuzong }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.zhuzong);
    await expect(page.getByRole('article', { name: seed.zhuzong })).toContainText('以“半边天”的工作责任感');
    await page.getByRole('link', { name: '女职工', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('女职工');
    // Facet chips need JavaScript off the front page (their counts come from /districts/); each
    // article's own chips are links to real pages.
    await page.getByRole('article', { name: seed.shunyi }).getByRole('link', { name: '顺义区', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('顺义区');
    await expect(articleTitles(page)).toContainText([seed.shunyi]);
  });
});
