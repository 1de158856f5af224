import type { Page } from '@playwright/test';
import { sites } from './support/sites';
import { expect, seed, test } from './test';

/**
 * What in-app browsers lack, removed from Chromium before any of the site's scripts run: WeChat on
 * iOS is a WKWebView without service workers; WeChat's XWeb and other Android WebViews have no share
 * sheet and no speech synthesis.
 */
function becomeWebView(): void {
  const remove = (owner: object, name: string) => Reflect.deleteProperty(owner, name);
  remove(Navigator.prototype, 'serviceWorker');
  remove(Navigator.prototype, 'share');
  remove(Navigator.prototype, 'canShare');
  remove(window, 'speechSynthesis');
  remove(window, 'SpeechSynthesisUtterance');
}

// Service workers allowed, so that only the emulation takes them away.
test.use({ serviceWorkers: 'allow' });
test.beforeEach(({ page }) => page.addInitScript(becomeWebView));

/** The list, once the app runs (its cards' 收藏 buttons appear only then). */
async function openList(page: Page, url: string, title: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: `收藏《${title}》` })).toBeVisible();
}

test('the emulation takes away what a WebView lacks', async ({ page }) => {
  await page.goto('/');
  const present = await page.evaluate(() => ({
    serviceWorker: 'serviceWorker' in navigator,
    share: 'share' in navigator,
    speech: 'speechSynthesis' in window,
  }));
  expect(present).toEqual({ serviceWorker: false, share: false, speech: false });
});

test('without service workers nothing offers or promises offline reading', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${sites.archive.port}/`);
  const title = (await page.getByRole('region', { name: '报道列表' }).locator('h3').first().textContent()) ?? '';
  await openList(page, page.url(), title);
  await expect(page.getByRole('button', { name: /离线保存/u })).toHaveCount(0);
  await expect(page.getByText(/离线/u)).toHaveCount(0);

  await page.getByRole('button', { name: `收藏《${title}》` }).click();
  await expect(page.getByRole('button', { name: `收藏《${title}》` })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(/离线/u)).toHaveCount(0);
  await expect(page.getByText('网站已更新')).toHaveCount(0);
});

test('on an article every control works or is not there, with no page errors', async ({ page }) => {
  await openList(page, '/', seed.shunyi);
  await page.getByRole('link', { name: seed.shunyi }).click();
  const tools = page.getByRole('main').getByRole('button');
  await expect(page.getByRole('button', { name: '收藏', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /朗读/u })).toHaveCount(0);

  // 分享 without a share sheet: the link is copied, or shown to copy by hand where the clipboard is refused.
  await page.getByRole('button', { name: '分享' }).click();
  await expect(page.getByRole('status').filter({ hasText: /链接已复制|请复制链接/u })).toBeVisible();

  // Every other button does what it says without an error (the fixture fails the test on any).
  for (const name of await tools.evaluateAll((buttons) => buttons.map((button) => button.textContent?.trim() ?? ''))) {
    const button = page.getByRole('main').getByRole('button', { name, exact: true }).first();
    if (!(await button.isVisible())) continue;
    await button.click();
    if (await page.getByRole('dialog').isVisible()) await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
});
