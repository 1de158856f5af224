import { writeFile } from 'node:fs/promises';
import {
  attributeScript,
  callScript,
  locateScript,
  RECORD_ERRORS,
  TAKE_ERRORS,
  textScript,
  textsScript,
  waitFor,
} from './in-page';
import type { Reader, ReaderOptions } from './reader';
import { describeTarget, type Target } from './target';
import { isElementReference, newSession, WEBDRIVER_KEYS } from './webdriver-client';

export const MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * A reader in WebKitGTK's MiniBrowser, driven by WebKitWebDriver (one session at a time per driver:
 * a new session is a new browser with an empty profile). Its window cannot be narrower than about
 * 447 px, so "phone width" there is 447.
 */
export async function webkitReader(
  driverUrl: string,
  { baseURL, viewport }: ReaderOptions,
): Promise<Reader & { close(): Promise<void> }> {
  const session = await newSession(driverUrl, {
    browserName: 'MiniBrowser',
    // Naming the binary drops the driver's default arguments, --automation among them.
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  });
  await session.setWindowSize(viewport.width, viewport.height);
  const errors: string[] = [];
  const evaluate = <T>(expression: string) => session.execute<T>(`return ${expression};`);
  // The page's error record goes with the page: gather it before leaving, start a new one after arriving.
  const collect = async () => errors.push(...(await evaluate<string[]>(TAKE_ERRORS).catch(() => [])));
  const arrived = () => evaluate(RECORD_ERRORS);
  const leaving = async (navigation: () => Promise<void>) => {
    await collect();
    await navigation();
    await arrived();
  };
  const element = (target: Target) =>
    waitFor(describeTarget(target), async () => {
      const found = await evaluate<unknown>(locateScript(target));
      return isElementReference(found) ? found : undefined;
    });

  return {
    engine: 'webkit',
    open: (pathOrUrl) => leaving(() => session.navigate(new URL(pathOrUrl, baseURL).href)),
    reload: () => leaving(() => session.refresh()),
    url: () => session.url(),
    click: async (target) => {
      await session.click(await element(target));
      // A click may have loaded a new document: record its errors too (a no-op on the same one).
      await arrived();
    },
    type: async (target, text) => session.sendKeys(await element(target), text),
    press: (key) => session.pressKey(WEBDRIVER_KEYS[key] ?? key),
    text: async (target) => (await evaluate<string | null>(textScript(target))) ?? undefined,
    texts: (target) => evaluate<string[]>(textsScript(target)),
    attribute: async (target, name) =>
      (await evaluate<{ value: string | null } | null>(attributeScript(target, name)))?.value,
    evaluate: (pageFunction, argument) => evaluate(callScript(pageFunction, argument)),
    screenshot: async (path) => writeFile(path, await session.screenshot()),
    pageErrors: async () => {
      await collect();
      return [...errors];
    },
    close: () => session.delete(),
  };
}
