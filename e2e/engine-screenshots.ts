/**
 * Screenshots in WebKit and Firefox (the engines the Chromium screenshots do not show), for a
 * human to look at: the list, its oldest archive page, an article, the settings dialog, an article
 * in 深色, and (still in 深色) an article with a photo: its top, the photo, the photo full-screen;
 * at phone size.
 * Usage: npm run build && npm run preview & npx tsx e2e/engine-screenshots.ts [baseURL] [--size=390x844]
 * Writes PNGs to screenshots/engines/ (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import { launchFirefox, startWebKitDriver } from './engines/drivers.ts';
import { firefoxReader } from './engines/firefox-reader.ts';
import type { Reader } from './engines/reader.ts';
import { webkitReader } from './engines/webkit-reader.ts';

const baseURL = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'http://127.0.0.1:4173';
const [width = 390, height = 844] = (
  process.argv.find((arg) => arg.startsWith('--size='))?.slice('--size='.length) ?? '390x844'
)
  .split('x')
  .map(Number);
const out = 'screenshots/engines';
mkdirSync(out, { recursive: true });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function shoot(reader: Reader): Promise<void> {
  const file = (name: string) => `${out}/${reader.engine}-${width}-${name}.png`;
  await reader.open('/');
  await pause(1500);
  await reader.screenshot(file('list'));
  // A list's archive page, when the site has one (the generated archive does; the seed does not).
  await reader.open('/page/1/');
  await pause(1500);
  await reader.screenshot(file('list-page-1'));
  await reader.open('/');
  await pause(1000);
  const title =
    (await reader.texts({ role: 'heading', level: 3, within: { role: 'region', name: '报道列表' } }))[0] ?? '';
  await reader.click({ role: 'link', name: title });
  await pause(1000);
  await reader.screenshot(file('article'));
  await reader.click({ role: 'button', name: '阅读设置' });
  await pause(500);
  await reader.screenshot(file('settings'));
  await reader.click({ role: 'radio', name: '深色', within: { role: 'group', name: '主题' } });
  await pause(300);
  await reader.screenshot(file('settings-dark'));
  await reader.open(await reader.url());
  await pause(1000);
  await reader.screenshot(file('article-dark'));
  await shootPhoto(reader, file);
  console.log(`${reader.engine}: ${file('*')}`);
}

/**
 * The list's first entry with a photo: its article's top, its photo with the caption, and the
 * photo full-screen, in the theme set before.
 */
async function shootPhoto(reader: Reader, file: (name: string) => string): Promise<void> {
  await reader.open('/');
  await pause(1000);
  const path = await reader.evaluate(
    () => document.querySelector('main ol article:has(picture) h3 a')?.getAttribute('href') ?? null,
    null,
  );
  if (!path) return;
  await reader.open(path);
  await pause(1500);
  await reader.screenshot(file('photo-article'));
  await reader.evaluate(() => document.querySelector('main figure')?.scrollIntoView({ block: 'center' }), null);
  await pause(1000);
  await reader.screenshot(file('photo-figure'));
  await reader.click({ role: 'link', name: /^查看大图：/ });
  await pause(1500);
  await reader.screenshot(file('photo-lightbox'));
}

const options = { baseURL, viewport: { width, height } };
const driver = await startWebKitDriver();
try {
  const webkit = await webkitReader(driver.url, options);
  await shoot(webkit).finally(() => webkit.close());
} finally {
  await driver.stop();
}
const firefox = await launchFirefox();
try {
  const reader = await firefoxReader(firefox, options);
  await shoot(reader).finally(() => reader.close());
} finally {
  await firefox.close();
}
