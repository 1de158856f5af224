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
 * A path, or a function that finds a page's URL (for routes whose names vary: see firstLink);
 * `settings` are the reader's 阅读设置 stored before the page loads, `act` what to do once it has.
 */
interface Screen {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  settings?: Record<string, string | number>;
  act?: (page: Page) => Promise<unknown>;
}
/** The first link on a page that matches a selector. */
const firstLink = (from: string, selector: string) => async (page: Page) => {
  await page.goto(`${baseURL}${from}`);
  return new URL((await page.locator(selector).first().getAttribute('href')) ?? '/', page.url()).href;
};
const anArticle = firstLink('/', 'main ol h3 a');
/** An article with a photo: the first entry of the list that shows a thumbnail. */
const aPhotoArticle = firstLink('/', 'main ol article:has(picture) h3 a');
/** A 图片新闻: a photo whose caption is the article's text. */
const aPhotoNews = firstLink('/', 'main ol article:has(> span:text-is("图片新闻")) h3 a');
/** A search for the title of the list's first entry with a photo (up to its first punctuation). */
const aPhotoSearch = async (page: Page) => {
  await page.goto(`${baseURL}/`);
  const title = (await page.locator('main ol article:has(picture) h3').first().textContent()) ?? '';
  const words = title.split(/[\s\p{P}]/u).find((part) => part.length > 1) ?? title;
  return `${baseURL}/search/?q=${encodeURIComponent(words)}`;
};
/** The 版面 of the day of that article, which has its photo among the day's. */
const aPhotoEdition = async (page: Page) =>
  (await aPhotoArticle(page)).replace(/\/articles\/(\d{4}\/\d{2}\/\d{2})\/.*$/u, '/editions/$1/');
/** Scrolls the first photo of the page to the middle of the screen. */
const toFirstPhoto = (page: Page) =>
  page
    .locator('main picture')
    .first()
    .evaluate((photo) => photo.scrollIntoView({ block: 'center' }));
const openLightbox = async (page: Page) => {
  await page
    .getByRole('link', { name: /^查看大图：/ })
    .first()
    .click();
  await page.locator('dialog[open] img').evaluate((image: HTMLImageElement) => image.decode());
};
/** Print preview from the top: the page keeps its scroll position through the switch, and loses its header. */
const printPreview = async (page: Page) => {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.scrollTo(0, 0));
};
const largest = { textSize: 5, typeface: 'sans', leading: 'normal' };
const screens: Screen[] = [
  { name: 'list', path: '/' },
  { name: 'page-2', path: '/page/2/' },
  { name: 'filtered', path: '/themes/women-workers/' },
  { name: 'editions', path: '/editions/' },
  { name: 'edition', path: firstLink('/editions/', 'main table a') },
  { name: 'article', path: anArticle },
  { name: 'not-found', path: '/articles/nope' },
  { name: 'search-box', path: '/' },
  { name: 'search', path: '/search/?q=陈曦 女职工&district=chaoyang' },
  { name: 'search-none', path: '/search/?q=冬送温暖 龘' },
  { name: 'article-largest-sepia', path: anArticle, settings: { ...largest, theme: 'sepia' } },
  { name: 'article-largest-dark', path: anArticle, settings: { ...largest, theme: 'dark' } },
  {
    name: 'settings',
    path: anArticle,
    act: (page) => page.getByRole('button', { name: '阅读设置' }).first().click(),
  },
  { name: 'shortcuts', path: anArticle, act: (page) => page.keyboard.press('?') },
  { name: 'print', path: anArticle, act: printPreview },
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
  { name: 'photo-article', path: aPhotoArticle },
  { name: 'photo-figure', path: aPhotoArticle, act: toFirstPhoto },
  { name: 'photo-figure-sepia', path: aPhotoArticle, settings: { theme: 'sepia' }, act: toFirstPhoto },
  { name: 'photo-news', path: aPhotoNews, act: toFirstPhoto },
  { name: 'photo-lightbox', path: aPhotoArticle, act: openLightbox },
  { name: 'photo-print', path: aPhotoArticle, act: printPreview },
  { name: 'photo-list', path: '/', act: toFirstPhoto },
  { name: 'photo-edition', path: aPhotoEdition, act: toFirstPhoto },
  { name: 'search-photos', path: aPhotoSearch, act: toFirstPhoto },
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
      await page.goto(typeof screen.path === 'string' ? `${baseURL}${screen.path}` : await screen.path(page));
      await page.locator('h1').waitFor();
      // The app fetches its code after the page's largest paint: shoot the hydrated page, tools and all.
      if (javaScriptEnabled) await page.getByRole('banner').getByRole('button', { name: '阅读设置' }).waitFor();
      if (screen.name === 'search-box') await page.keyboard.press('/');
      if (screen.act && javaScriptEnabled) await screen.act(page);
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
