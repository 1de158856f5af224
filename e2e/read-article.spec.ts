import { requireCjkFont } from './support/cjk-font';
import { ARTICLE_URL } from './support/urls';
import { articleTitles, expect, seed, test } from './test';

test('an article shows its kicker, byline, chips and every paragraph', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: seed.zhuzong }).click();
  await expect(page).toHaveURL(ARTICLE_URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.zhuzong);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle(`${seed.zhuzong} - 首都工会新闻`);
  const article = page.getByRole('article', { name: seed.zhuzong });
  await expect(article).toContainText('深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面');
  await expect(article).toContainText('本报讯（记者 崔欣 通讯员 刘英）');
  await expect(article.locator('p.indent-\\[2em\\]')).toHaveCount(2);
  await expect(article).toContainText(
    '参观了毛泽东同志的办公居住地，深刻缅怀了老一辈革命家在香山艰苦朴素的奋斗精神，并表示要积极继承',
  );
  await expect(article.getByRole('link', { name: '女职工', exact: true })).toHaveAttribute(
    'href',
    '/themes/women-workers/',
  );
});

test('a deep link to an article works on a full page load', async ({ page }) => {
  await page.goto('/');
  const href = await page.getByRole('link', { name: seed.shijingshan }).getAttribute('href');
  expect(href).toMatch(/^\/articles\//);
  await page.goto(href ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.shijingshan);
  await expect(page.getByRole('article', { name: seed.shijingshan })).toContainText(
    '慰问组一行对医护人员为疫情防控做出的积极贡献和辛勤付出表示感谢',
  );
  await page.getByRole('link', { name: '返回列表' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(articleTitles(page)).toHaveCount(8);
});

test('photo news shows its caption and photographer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: seed.busPhoto }).click();
  const article = page.getByRole('article', { name: seed.busPhoto });
  await expect(article).toContainText('图片新闻');
  await expect(article).toContainText('摄影 边磊');
  await expect(article.locator('p.indent-\\[2em\\]')).toHaveCount(1);
});

test('back to the list restores its filters and scroll position', async ({ page }) => {
  requireCjkFont();
  await page.goto('/themes/women-workers/');
  await page.setViewportSize({ width: 390, height: 500 });
  const link = page.getByRole('link', { name: seed.zhuzong });
  await link.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(100);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.zhuzong);
  await page.getByRole('link', { name: '下一篇' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.huairou);

  await page.getByRole('link', { name: '返回列表' }).click();
  await expect(page).toHaveURL(/\/themes\/women-workers\/$/);
  await expect(articleTitles(page)).toHaveCount(3);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(scrolled, -1);
  // Keyboard and screen reader users are back on the article they opened.
  await expect(page.getByRole('link', { name: seed.zhuzong })).toBeFocused();
});

test('previous and next move through the page in order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: seed.craftsmen }).click();
  await page.getByRole('link', { name: /上一篇/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.xicheng);
  await expect(page.getByRole('link', { name: /上一篇/ })).toHaveCount(0);
  await page.getByRole('link', { name: /下一篇/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.craftsmen);
});

test('keyboard: a skip link leads to the content and focus is visible', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
});

test('keyboard: open an article from the list with Enter', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: seed.huairou }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.huairou);
});

test('on a 360 px phone the header keeps the site name and its sections on one line', async ({ page }) => {
  requireCjkFont();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const header = page.getByRole('banner');
  const top = (name: string) =>
    header
      .getByRole('link', { name, exact: true })
      .first()
      .evaluate((link) => link.getBoundingClientRect().top);
  const siteName = await top('首都工会新闻');
  for (const section of ['最新', '往期版面', '收藏']) expect(Math.abs((await top(section)) - siteName)).toBeLessThan(2);
});
