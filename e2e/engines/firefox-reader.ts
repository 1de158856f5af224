import type { Browser, ElementHandle } from 'puppeteer-core';
import { attributeScript, callScript, locateScript, textScript, textsScript, waitFor } from './in-page';
import type { Reader, ReaderOptions } from './reader';
import { describeTarget, type Target } from './target';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** What Firefox reports for the requests it cancels when a page is left: imports, and loads through the service worker. */
const CANCELLED_BY_LEAVING =
  /error loading dynamically imported module|A ServiceWorker intercepted the request and encountered an unexpected error/u;

/** A reader in Firefox ESR, driven by puppeteer-core over WebDriver BiDi: a fresh user context per reader. */
export async function firefoxReader(
  browser: Browser,
  { baseURL, viewport }: ReaderOptions,
): Promise<Reader & { close(): Promise<void> }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const errors: string[] = [];
  // Leaving a page, Firefox cancels its requests still in flight and the page being left reports
  // each as an error (dynamic imports, and loads its service worker was answering). No reader sees
  // that page again: such an error while a navigation is under way is not the page's fault. Any
  // other error still counts, and the journey checks what the new page shows.
  let navigating = false;
  const record = (message: string) => {
    if (!(navigating && CANCELLED_BY_LEAVING.test(message))) errors.push(message);
  };
  const navigation = async (go: () => Promise<unknown>) => {
    navigating = true;
    try {
      await go();
    } finally {
      navigating = false;
    }
  };
  page.on('pageerror', (error) => record(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') record(message.text());
  });
  const element = (target: Target) =>
    waitFor(
      describeTarget(target),
      async () => (await page.evaluateHandle(locateScript(target))).asElement() as ElementHandle<Element> | null,
    );

  return {
    engine: 'firefox',
    open: (pathOrUrl) => navigation(() => page.goto(new URL(pathOrUrl, baseURL).href, { waitUntil: 'load' })),
    reload: () => navigation(() => page.reload({ waitUntil: 'load' })),
    url: async () => page.url(),
    click: async (target) => (await element(target)).click(),
    type: async (target, text) => (await element(target)).type(text),
    press: (key) => page.keyboard.press(key),
    text: (target) => page.evaluate(textScript(target)) as Promise<string | undefined>,
    texts: (target) => page.evaluate(textsScript(target)) as Promise<string[]>,
    attribute: async (target, name) =>
      ((await page.evaluate(attributeScript(target, name))) as { value: string | null } | undefined)?.value,
    evaluate: (pageFunction, argument) => page.evaluate(callScript(pageFunction, argument)) as never,
    screenshot: async (path) => void (await page.screenshot({ path })),
    pageErrors: async () => [...errors],
    close: () => context.close(),
  };
}
