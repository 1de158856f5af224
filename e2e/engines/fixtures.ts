import { test as base, expect } from '@playwright/test';
import { HYDRATION_SIGN } from '../support/hydrated';
import { chromiumReader } from './chromium-reader';
import { closeFirefox, launchFirefox, startWebKitDriver } from './drivers';
import { firefoxReader } from './firefox-reader';
import type { Engine, Reader, ReaderOptions } from './reader';
import type { Target } from './target';
import { webkitReader } from './webkit-reader';

/** A phone's window: the readers these journeys are about read on phones. */
export const PHONE = { width: 390, height: 844 };

type ClosableReader = Reader & { close(): Promise<void> };

const HYDRATED: Target = {
  role: HYDRATION_SIGN.role,
  name: HYDRATION_SIGN.name,
  within: { role: HYDRATION_SIGN.within },
};

/** The reader, with `open` and `reload` waiting until the page has hydrated. */
function hydrating(reader: ClosableReader): ClosableReader {
  const hydrated = () => expect.poll(() => reader.text(HYDRATED)).not.toBeUndefined();
  return {
    ...reader,
    open: async (pathOrUrl) => {
      await reader.open(pathOrUrl);
      await hydrated();
    },
    reload: async () => {
      await reader.reload();
      await hydrated();
    },
  };
}

interface WorkerFixtures {
  engine: Engine;
  /** The engine's browser or driver, started once per worker; each reader is a fresh profile in it. */
  readers: { open(options: ReaderOptions): Promise<ClosableReader> };
}

/**
 * Journeys (e2e/journeys/*.journey.ts) get a `reader` in their project's engine. Every journey ends
 * by checking that its pages had no errors.
 */
export const test = base.extend<{ reader: Reader; expectedPageErrors: RegExp | undefined }, WorkerFixtures>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  expectedPageErrors: [undefined, { option: true }],
  readers: [
    async ({ engine, playwright }, use, workerInfo) => {
      if (engine === 'webkit') {
        const driver = await startWebKitDriver();
        await use({ open: (options) => webkitReader(driver.url, options) });
        await driver.stop();
      } else if (engine === 'firefox') {
        const browser = await launchFirefox();
        await use({ open: (options) => firefoxReader(browser, options) });
        await closeFirefox(browser);
      } else {
        const browser = await playwright.chromium.launch(workerInfo.project.use.launchOptions);
        await use({ open: (options) => chromiumReader(browser, options) });
        await browser.close();
      }
    },
    { scope: 'worker' },
  ],
  reader: async ({ readers, baseURL, engine, expectedPageErrors }, use) => {
    const reader = hydrating(await readers.open({ baseURL: baseURL ?? '', viewport: PHONE }));
    await use(reader);
    const errors = (await reader.pageErrors()).filter((error) => !expectedPageErrors?.test(error));
    await reader.close();
    expect(errors, `page errors in ${engine}`).toEqual([]);
  },
});

export { expect };
