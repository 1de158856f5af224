import { test as base, expect, type Page } from '@playwright/test';
import { serviceWorkerInControl } from './support/service-worker';

/** Every test fails on a console error or an uncaught exception in the page, unless it expects it. */
export const test = base.extend<{ expectedConsoleErrors: RegExp | undefined; failOnConsoleErrors: undefined }>({
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
      await use(undefined);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { seed } from './support/seed';
export { expect };

/** The titles of the articles a list shows (under their date headings). */
export const articleTitles = (page: Page) =>
  page.getByRole('region', { name: '报道列表' }).getByRole('heading', { level: 3 });

/** Resolves once a service worker controls the page, so what it fetches from now on is cached. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(serviceWorkerInControl);
}
