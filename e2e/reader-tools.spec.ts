import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, seed, test } from './test';

async function openArticle(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test.describe('分享', () => {
  test('falls back to copying the link, with a confirmation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // A browser without the share sheet (desktop Chromium has none here; a phone's is removed for the test).
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await openArticle(page, seed.shunyi);
    await page.getByRole('button', { name: '分享' }).click();
    await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
  });

  test('uses the system share sheet where there is one', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await openArticle(page, seed.shunyi);
    await page.getByRole('button', { name: '分享' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
      .toEqual({ title: seed.shunyi, url: page.url() });
  });

  test('offers a QR code of the article on wide screens', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openArticle(page, seed.shunyi);
    await page.getByRole('button', { name: '手机扫码阅读' }).click();
    const dialog = page.getByRole('dialog', { name: '手机扫码阅读' });
    await expect(dialog.getByRole('img', { name: `二维码：${page.url()}` })).toBeVisible();
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test('print shows the newspaper text alone, with its source and address', async ({ page }) => {
  await openArticle(page, seed.xicheng);
  await page.emulateMedia({ media: 'print' });
  for (const chrome of [
    page.getByRole('banner'),
    page.getByRole('contentinfo'),
    page.getByRole('navigation', { name: '上一篇与下一篇' }),
    page.getByRole('button', { name: '收藏' }),
    page.getByRole('link', { name: '返回列表' }),
  ]) {
    await expect(chrome).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-paragraph]').first()).toBeVisible();
  await expect(page.getByText(`网址：${page.url()}`)).toBeVisible();
  await expect(page.getByText(/^来源：首都工会新闻/)).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
});

test.describe('朗读', () => {
  /** A speech engine that records what it is given and finishes an utterance when the test says so (window.endUtterance). */
  const stubSpeech = (voices: Array<{ lang: string; name: string }>) => () => {
    const spoken: string[] = [];
    let current: Utterance | undefined;
    class Utterance {
      voice: unknown = null;
      lang = '';
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    const synthesis = {
      getVoices: () => voices,
      speak(utterance: Utterance) {
        spoken.push(utterance.text);
        current = utterance;
      },
      cancel: () => (current = undefined),
      pause: () => undefined,
      resume: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'spoken', { value: spoken });
    Object.defineProperty(window, 'endUtterance', { value: () => current?.onend?.() });
  };
  const endUtterance = (page: Page) =>
    page.evaluate(() => (window as unknown as { endUtterance: () => void }).endUtterance());

  test('reads the title and each paragraph in turn, marking the one it reads', async ({ page }) => {
    await page.addInitScript(
      `(${stubSpeech.toString()})(${JSON.stringify([
        { lang: 'en-US', name: 'English' },
        { lang: 'zh-CN', name: '中文' },
      ])})()`,
    );
    await openArticle(page, seed.shunyi);
    const controls = page.getByRole('group', { name: '朗读' });
    await controls.getByRole('button', { name: '朗读' }).click();
    await expect(page.locator('#article-title')).toHaveAttribute('data-reading', '');
    await expect(controls.getByRole('button', { name: '暂停' })).toBeVisible();
    const paragraphs = await page.locator('[data-paragraph]').allTextContents();
    for (const [index] of paragraphs.entries()) {
      await endUtterance(page);
      const block = page.locator(`[data-paragraph="${index}"]`);
      await expect(block).toHaveAttribute('data-reading', '');
      await expect(page.locator('[data-reading]')).toHaveCount(1);
      await expect(block).toBeInViewport();
    }
    // At the end it stops by itself and offers to start again.
    await endUtterance(page);
    await expect(controls.getByRole('button', { name: '朗读' })).toBeVisible();
    await expect(page.locator('[data-reading]')).toHaveCount(0);
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken).toEqual([seed.shunyi, ...paragraphs]);
  });

  test('is not offered without a Chinese voice', async ({ page }) => {
    await page.addInitScript(`(${stubSpeech.toString()})(${JSON.stringify([{ lang: 'en-US', name: 'English' }])})()`);
    await openArticle(page, seed.shunyi);
    await expect(page.getByRole('button', { name: '收藏' })).toBeVisible();
    await expect(page.getByRole('group', { name: '朗读' })).toHaveCount(0);
  });
});

test.describe('keyboard shortcuts', () => {
  test('← and → move through the articles; ? lists the shortcuts', async ({ page }) => {
    await openArticle(page, seed.craftsmen);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.bloodDonation);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.craftsmen);

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: '键盘快捷键' });
    await expect(help).toContainText('下一篇');
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    // Arrows do nothing while a dialog is open.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.craftsmen);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });

  test('never fire while the reader types in a field', async ({ page }) => {
    await openArticle(page, seed.craftsmen);
    const search = page.getByRole('searchbox', { name: '搜索报道' });
    await search.fill('工会');
    // The arrow moves the caret and "?" is typed: no article change, no help dialog.
    await search.press('ArrowLeft');
    await search.press('?');
    await expect(search).toHaveValue('工?会');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
