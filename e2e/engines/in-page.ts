import { findInPage, type Target, toPageTarget } from './target';

/**
 * A function's source as an expression the page can run. Under tsx (esbuild's keepNames) a function's
 * source calls a `__name` helper that only exists in Node, so the expression brings its own.
 */
const source = (pageFunction: (argument: never) => unknown) =>
  `((__name) => ${pageFunction.toString()})((named) => named)`;

/** Scripts every engine runs the same way: expressions over findInPage, the one way a target is found. */
const all = (target: Target) => `(${source(findInPage)})(${JSON.stringify(toPageTarget(target))})`;
const found = (target: Target) => `${all(target)}[0]`;

/** Scrolls the target into the middle of the window (as a reader would) and yields it, or null. */
export const locateScript = (target: Target) =>
  `(() => { const e = ${found(target)}; e?.scrollIntoView({ block: 'center' }); return e; })()`;

export const textScript = (target: Target) =>
  `(() => { const e = ${found(target)}; return e ? e.textContent.replace(/\\s+/gu, ' ').trim() : undefined; })()`;

/** The texts of every element the target matches, in document order. */
export const textsScript = (target: Target) => `${all(target)}.map((e) => e.textContent.replace(/\\s+/gu, ' ').trim())`;

export const attributeScript = (target: Target, name: string) =>
  `(() => { const e = ${found(target)}; return e ? { value: e.getAttribute(${JSON.stringify(name)}) } : undefined; })()`;

/** An expression that calls a page function with a JSON argument. */
export const callScript = (pageFunction: (argument: never) => unknown, argument: unknown) =>
  `(${source(pageFunction)})(${JSON.stringify(argument)})`;

/**
 * For engines without a console or error channel (WebKitWebDriver): keeps the page's errors in a
 * global from the moment it runs. Errors thrown before it runs are not seen by this; a journey's
 * checks of what the page shows catch those.
 */
export const RECORD_ERRORS = `(() => {
  if (window.__journeyErrors) return;
  const errors = (window.__journeyErrors = []);
  addEventListener('error', (event) => errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => errors.push('unhandled rejection: ' + String(event.reason)));
  const consoleError = console.error;
  console.error = (...args) => { errors.push(args.map(String).join(' ')); consoleError.apply(console, args); };
})()`;

export const TAKE_ERRORS = '(window.__journeyErrors ?? []).splice(0)';

/** Polls until `attempt` yields something other than undefined/null, or fails naming what it waited for. */
export async function waitFor<T>(
  description: string,
  attempt: () => Promise<T | null | undefined>,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await attempt();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${timeout} ms for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
