import type { Browser, ElementHandle } from 'puppeteer-core';
import type { ReaderOptions } from './chromium-reader';
import { attributeScript, callScript, locateScript, textScript, textsScript, waitFor } from './in-page';
import type { Reader } from './reader';
import { describeTarget, type Target } from './target';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A reader in Firefox ESR, driven by puppeteer-core over WebDriver BiDi: a fresh user context per reader. */
export async function firefoxReader(browser: Browser, { baseURL, viewport }: ReaderOptions): Promise<Reader & { close(): Promise<void> }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const element = (target: Target) =>
    waitFor(describeTarget(target), async () => (await page.evaluateHandle(locateScript(target))).asElement() as ElementHandle<Element> | null);

  return {
    engine: 'firefox',
    open: async (pathOrUrl) => void (await page.goto(new URL(pathOrUrl, baseURL).href, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    url: async () => page.url(),
    click: async (target) => (await element(target)).click(),
    type: async (target, text) => (await element(target)).type(text),
    press: (key) => page.keyboard.press(key),
    text: (target) => page.evaluate(textScript(target)) as Promise<string | undefined>,
    texts: (target) => page.evaluate(textsScript(target)) as Promise<string[]>,
    attribute: async (target, name) => ((await page.evaluate(attributeScript(target, name))) as { value: string | null } | undefined)?.value,
    evaluate: (pageFunction, argument) => page.evaluate(callScript(pageFunction, argument)) as never,
    screenshot: async (path) => void (await page.screenshot({ path })),
    pageErrors: async () => [...errors],
    close: () => context.close(),
  };
}
