import type { Target } from './target';

export type Engine = 'chromium' | 'webkit' | 'firefox';

/** Where a reader reads: the site's address, and the window's size. */
export interface ReaderOptions {
  baseURL: string;
  viewport: { width: number; height: number };
}

/** The keys a journey presses, named as WebDriver and Playwright both understand them. */
export type Key = 'Enter' | 'Escape' | 'Tab' | '/';

/**
 * One reader in one browser tab, whatever the engine: what a journey may do and see. Each engine's
 * driver implements it (chromium-reader.ts, webkit-reader.ts, firefox-reader.ts), so a journey is
 * written once and runs in all three. Waiting is the journey's: `expect.poll(() => reader.text(…))`.
 */
export interface Reader {
  readonly engine: Engine;
  /** Loads a path of the site (or a full URL) and waits for the page's load event (journeys also for hydration: fixtures.ts). */
  open(pathOrUrl: string): Promise<void>;
  reload(): Promise<void>;
  /** The page's URL. */
  url(): Promise<string>;
  /** Clicks the target with the engine's own pointer input, once it is on the page. */
  click(target: Target): Promise<void>;
  /** Focuses the target and types into it key by key. */
  type(target: Target, text: string): Promise<void>;
  /** Presses a key in whatever has focus. */
  press(key: Key): Promise<void>;
  /** The target's text, or undefined while it is not on the page. */
  text(target: Target): Promise<string | undefined>;
  /** The texts of everything the target matches, in document order (none while it is not on the page). */
  texts(target: Target): Promise<string[]>;
  /** An attribute of the target, or null when it lacks it, or undefined while it is not on the page. */
  attribute(target: Target, name: string): Promise<string | null | undefined>;
  /** Runs a function in the page and returns its (JSON) result. */
  evaluate<Result, Argument>(
    pageFunction: (argument: Argument) => Result,
    argument: Argument,
  ): Promise<Awaited<Result>>;
  screenshot(path: string): Promise<void>;
  /** Uncaught exceptions, unhandled rejections and console errors the pages have had so far. */
  pageErrors(): Promise<string[]>;
}
