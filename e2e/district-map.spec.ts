import { axeViolations } from './support/axe';
import { requireCjkFont } from './support/cjk-font';
import { articleTitles, expect, seed, test } from './test';

test('the map at /districts/ names every district with its count and leads to its list', async ({ page }) => {
  await page.goto('/districts/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('区域地图');
  const map = page.getByRole('list', { name: '全部报道' });
  await expect(map.getByRole('link')).toHaveCount(17);
  await expect(map.getByRole('link', { name: '顺义区，1 篇' })).toBeVisible();
  await expect(map.getByRole('link', { name: '延庆区，0 篇' })).toBeVisible();
  await map.getByRole('link', { name: '顺义区，1 篇' }).click();
  await expect(page).toHaveURL(/\/districts\/shunyi\/$/);
  await expect(articleTitles(page)).toHaveText([seed.shunyi]);
});

test('the list’s map follows its theme filter', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/themes/women-workers/');
  const map = page.getByRole('list', { name: '女职工各区篇数' });
  await expect(map.getByRole('link', { name: '顺义区，1 篇' })).toBeVisible();
  await expect(map.getByRole('link', { name: '西城区，0 篇' })).toBeVisible();
  await map.getByRole('link', { name: '顺义区，1 篇' }).click();
  await expect(page).toHaveURL(/\/districts\/shunyi\/themes\/women-workers\/$/);
});

test('on a phone the map is collapsed, opens with one tap, and fits 360 px', async ({ page }) => {
  requireCjkFont();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const disclosure = page.locator('details').filter({ hasText: '区域地图' });
  const map = disclosure.getByRole('list', { name: '全部报道各区篇数' });
  await expect(map).toBeHidden();
  await disclosure.getByText('区域地图').click();
  await expect(map).toBeVisible();
  const tile = map.getByRole('link', { name: '门头沟区，0 篇' });
  const box = await tile.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(box?.width).toBeGreaterThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
});

test('the map works by keyboard', async ({ page }) => {
  await page.goto('/districts/');
  const tile = page.getByRole('link', { name: '顺义区，1 篇' });
  await tile.focus();
  await expect(tile).toBeFocused();
  const outline = await tile.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/districts\/shunyi\/$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of ['/districts/', '/themes/women-workers/']) {
    test(`axe finds nothing on ${path} with its map (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // On a phone the list's map is folded away: open it, so axe sees it too.
      const summary = page.locator('details summary').filter({ hasText: '区域地图' });
      if (await summary.isVisible()) await summary.click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
