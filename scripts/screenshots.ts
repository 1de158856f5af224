/**
 * Screenshots of the main screens at phone and desktop sizes, light and dark, for a human to look at.
 * Usage: npm run build && npm run preview & npx tsx scripts/screenshots.ts [baseURL] [--full] [--no-js]
 * Writes PNGs to screenshots/ (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_FLAGS } from './chromium.ts';

const baseURL = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'http://127.0.0.1:4173';
const javaScriptEnabled = !process.argv.includes('--no-js');
const screens = [
  { name: 'list', path: '/' },
  { name: 'filtered', path: '/districts/shunyi/themes/women-workers/' },
  { name: 'theme', path: '/themes/women-workers' },
  { name: 'article', path: 'first-article' },
  { name: 'not-found', path: '/articles/nope' },
];
const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

mkdirSync('screenshots', { recursive: true });
const executable = chromiumExecutable();
const browser = await chromium.launch(executable.bundled ? {} : { executablePath: executable.path, args: QUIET_CHROMIUM_FLAGS });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size, colorScheme, deviceScaleFactor: 1, javaScriptEnabled });
    for (const screen of screens) {
      if (screen.path === 'first-article') {
        await page.goto(`${baseURL}/`);
        await page.locator('ol a').first().click();
        await page.locator('p.indent-\\[2em\\]').first().waitFor();
      } else {
        await page.goto(`${baseURL}${screen.path}`);
        await page.locator('h1').waitFor();
      }
      await page.waitForTimeout(300);
      const file = `screenshots/${screen.name}-${size.name}-${colorScheme}${javaScriptEnabled ? '' : '-nojs'}.png`;
      await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
