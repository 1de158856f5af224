import type { Browser, ElementHandle } from '@playwright/test';
import { attributeScript, callScript, locateScript, textScript, textsScript, waitFor } from './in-page';
import type { Reader, ReaderOptions } from './reader';
import { describeTarget } from './target';

/** A reader in Chromium, driven by Playwright (CDP): a fresh context per reader, service workers on. */
export async function chromiumReader(
  browser: Browser,
  { baseURL, viewport }: ReaderOptions,
): Promise<Reader & { close(): Promise<void> }> {
  const context = await browser.newContext({ baseURL, viewport, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const element = (target: Parameters<Reader['click']>[0]) =>
    waitFor(
      describeTarget(target),
      async () => (await page.evaluateHandle(locateScript(target))).asElement() as ElementHandle<Element> | null,
    );

  return {
    engine: 'chromium',
    open: async (pathOrUrl) => void (await page.goto(pathOrUrl)),
    reload: async () => void (await page.reload()),
    url: async () => page.url(),
    click: async (target) => (await element(target)).click(),
    type: async (target, text) => {
      await (await element(target)).focus();
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key),
    text: (target) => page.evaluate(textScript(target)),
    texts: (target) => page.evaluate(textsScript(target)) as Promise<string[]>,
    attribute: async (target, name) =>
      ((await page.evaluate(attributeScript(target, name))) as { value: string | null } | undefined)?.value,
    evaluate: (pageFunction, argument) => page.evaluate(callScript(pageFunction, argument)),
    screenshot: async (path) => void (await page.screenshot({ path })),
    pageErrors: async () => [...errors],
    close: () => context.close(),
  };
}
