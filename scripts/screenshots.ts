/**
 * Screenshots of the main screens at phone and desktop sizes, light and dark, for a human to look at.
 * Usage: npm run build && npm run preview & npx tsx scripts/screenshots.ts [baseURL] [--full] [--no-js] [--only=name,name]
 * Writes PNGs to screenshots/ (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_FLAGS } from './chromium.ts';

const baseURL = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'http://127.0.0.1:4173';
const javaScriptEnabled = !process.argv.includes('--no-js');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
/**
 * A path, or the first link on a page that matches a selector (for routes whose names vary);
 * `settings` are the reader's 阅读设置 stored before the page loads, `act` what to do once it has.
 */
type Screen = ({ name: string; path: string } | { name: string; from: string; link: string }) & {
  settings?: Record<string, string | number>;
  act?: (page: Page) => Promise<unknown>;
};
const largest = { textSize: 5, typeface: 'sans', leading: 'normal' };
const screens: Screen[] = [
  { name: 'list', path: '/' },
  { name: 'page-2', path: '/page/2/' },
  { name: 'filtered', path: '/themes/women-workers/' },
  { name: 'editions', path: '/editions/' },
  { name: 'edition', from: '/editions/', link: 'main table a' },
  { name: 'article', from: '/', link: 'main ol h3 a' },
  { name: 'not-found', path: '/articles/nope' },
  { name: 'search-box', path: '/' },
  { name: 'search', path: '/search/?q=陈曦 女职工&district=chaoyang' },
  { name: 'search-none', path: '/search/?q=冬送温暖 龘' },
  { name: 'article-largest-sepia', from: '/', link: 'main ol h3 a', settings: { ...largest, theme: 'sepia' } },
  { name: 'article-largest-dark', from: '/', link: 'main ol h3 a', settings: { ...largest, theme: 'dark' } },
  {
    name: 'settings',
    from: '/',
    link: 'main ol h3 a',
    act: (page) => page.getByRole('button', { name: '阅读设置' }).first().click(),
  },
  { name: 'shortcuts', from: '/', link: 'main ol h3 a', act: (page) => page.keyboard.press('?') },
  { name: 'print', from: '/', link: 'main ol h3 a', act: (page) => page.emulateMedia({ media: 'print' }) },
  {
    name: 'saved',
    path: '/',
    act: async (page) => {
      for (const toggle of (await page.getByRole('button', { name: /^收藏《/ }).all()).slice(0, 3))
        await toggle.click();
      await page.getByRole('link', { name: '收藏', exact: true }).click();
    },
  },
  { name: 'map', path: '/districts/' },
  {
    name: 'list-map',
    path: '/themes/women-workers/',
    act: (page) =>
      page
        .locator('details summary')
        .click()
        .catch(() => undefined),
  },
];
const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

mkdirSync('screenshots', { recursive: true });
const executable = chromiumExecutable();
const browser = await chromium.launch(
  executable.bundled ? {} : { executablePath: executable.path, args: QUIET_CHROMIUM_FLAGS },
);
for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size, colorScheme, deviceScaleFactor: 1, javaScriptEnabled });
    for (const screen of screens.filter(({ name }) => !only || only.includes(name))) {
      await page.goto(`${baseURL}/robots.txt`);
      await page.evaluate((settings) => {
        localStorage.clear();
        if (settings) localStorage.setItem('cun.reading-settings', JSON.stringify({ version: 1, ...settings }));
      }, screen.settings);
      await page.emulateMedia({ media: 'screen' });
      if ('from' in screen) {
        await page.goto(`${baseURL}${screen.from}`);
        await page.goto(new URL((await page.locator(screen.link).first().getAttribute('href')) ?? '/', baseURL).href);
      } else {
        await page.goto(`${baseURL}${screen.path}`);
      }
      await page.locator('h1').waitFor();
      if (screen.name === 'search-box') await page.keyboard.press('/');
      if (screen.act && javaScriptEnabled) {
        // The reader's tools come in a chunk after the page.
        await page.getByRole('button', { name: '阅读设置' }).first().waitFor();
        await screen.act(page);
      }
      // Search results come after the page: wait for them (or for the no-results notice).
      if (screen.name.startsWith('search') && javaScriptEnabled && screen.name !== 'search-box')
        await page.locator('[data-result-count]').waitFor();
      await page.waitForTimeout(300);
      const file = `screenshots/${screen.name}-${size.name}-${colorScheme}${javaScriptEnabled ? '' : '-nojs'}.png`;
      await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
