import { test as base, expect, type Page } from '@playwright/test';

/** Every test fails on a console error or an uncaught exception in the page, unless it expects it. */
export const test = base.extend<{ expectedConsoleErrors: RegExp | undefined; failOnConsoleErrors: void }>({
  expectedConsoleErrors: [undefined, { option: true }],
  failOnConsoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !expectedConsoleErrors?.test(text)) {
          errors.push(text);
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The articles of the seed page, as readers see them. */
export const seed = {
  xicheng: '西城区总工会召开第三届委员会第四次全体（扩大）会议',
  craftsmen: '建示范性职工书屋 揭牌新时代工匠学院',
  bloodDonation: '蒙牛乳业工会组织职工爱心献血',
  shijingshan: '石景山区总工会慰问民营医院医护人员',
  busPhoto: '公交女职工享“甜蜜”关爱',
  shunyi: '顺义各级工会开展关心关爱女职工活动',
  zhuzong: '住总二公司工会组织女职工重温红色历史',
  huairou: '怀柔中医院工会开展艺术插花活动',
};

/** The titles of the articles a list shows (under their date headings). */
export const articleTitles = (page: Page) => page.getByRole('region', { name: '报道列表' }).getByRole('heading', { level: 3 });

/** Resolves once a service worker controls the page, so what it fetches from now on is cached. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}
