import { test as base, expect, type Page } from '@playwright/test';
import { hydratedIfApp } from './support/hydrated';
import { serviceWorkerInControl } from './support/service-worker';

/**
 * Every test fails on a console error or an uncaught exception in the page, unless it expects it.
 * `page.goto` and `page.reload` return once the app has hydrated (with JavaScript on): before it a
 * tap is a full page load, which works for a reader but is not what a test's next step means.
 */
export const test = base.extend<{
  expectedConsoleErrors: RegExp | undefined;
  failOnConsoleErrors: undefined;
  /** Off for tests about the page before its app runs. */
  navigationAwaitsHydration: boolean;
}>({
  navigationAwaitsHydration: [true, { option: true }],
  page: async ({ page, javaScriptEnabled, navigationAwaitsHydration }, use) => {
    if (javaScriptEnabled !== false && navigationAwaitsHydration) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        await hydratedIfApp(page);
        return response;
      };
      page.reload = async (options) => {
        const response = await reload(options);
        await hydratedIfApp(page);
        return response;
      };
    }
    await use(page);
  },
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
