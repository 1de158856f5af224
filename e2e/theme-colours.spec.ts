import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { compile } from '@tailwindcss/node';
import { transform } from 'lightningcss';
import { FLOOR_BROWSERS, lightningTargets } from '../scripts/browser-targets';
import { expect, test } from './test';

/**
 * The colour tokens are light-dark() pairs (src/app/styles.css). Browsers from Chrome 123 / Safari
 * 17.5 / Firefox 120 resolve it natively; for the floor below them Vite's CSS minifier lowers it to
 * variables that each `color-scheme` declaration switches. Both must give every theme its colours.
 */
const STYLES = 'src/app/styles.css';
const NATIVE_LIGHT_DARK = lightningTargets(['chrome >= 123', 'safari >= 17.5', 'firefox >= 120']);

async function appStylesheet(): Promise<string> {
  const compiler = await compile(readFileSync(STYLES, 'utf8'), {
    base: resolve('src/app'),
    onDependency: () => undefined,
  });
  return compiler.build(['bg-paper', 'text-ink', 'font-reading']);
}

const lowered = (css: string, targets: ReturnType<typeof lightningTargets>) =>
  transform({ filename: STYLES, code: Buffer.from(css), minify: true, targets }).code.toString();

/** The stylesheet the build published (dist/assets), lowered for the floor by the real pipeline. */
const published = () =>
  readFileSync(`dist/assets/${readdirSync('dist/assets').find((name) => name.endsWith('.css'))}`, 'utf8');

/** The page's paper and ink under a theme and a system scheme, with only the given stylesheet. */
async function colours(page: Page, css: string, theme: string, system: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: system });
  await page.setContent(
    `<!doctype html><html lang="zh-CN" data-theme="${theme}"><head><style>${css}</style></head><body>职工</body></html>`,
  );
  return page.evaluate(() => {
    const { backgroundColor, color } = getComputedStyle(document.body);
    return { paper: backgroundColor, ink: color };
  });
}

const LIGHT = { paper: 'rgb(250, 248, 243)', ink: 'rgb(28, 25, 23)' };
const DARK = { paper: 'rgb(20, 19, 18)', ink: 'rgb(236, 232, 226)' };
const SEPIA = { paper: 'rgb(244, 236, 216)', ink: 'rgb(58, 46, 31)' };

const CASES = [
  { theme: 'system', system: 'light', expected: LIGHT },
  { theme: 'system', system: 'dark', expected: DARK },
  { theme: 'light', system: 'dark', expected: LIGHT },
  { theme: 'dark', system: 'light', expected: DARK },
  { theme: 'sepia', system: 'dark', expected: SEPIA },
] as const;

test('every theme has its colours with light-dark() native, lowered for the floor, and as published', async ({
  page,
}) => {
  const source = await appStylesheet();
  const native = lowered(source, NATIVE_LIGHT_DARK);
  const floor = lowered(source, lightningTargets(FLOOR_BROWSERS));
  const site = published();
  // The three really differ in how they pick a colour.
  expect(native).toContain('light-dark(');
  expect(floor).not.toContain('light-dark(');
  expect(site).not.toContain('light-dark(');

  for (const { theme, system, expected } of CASES) {
    for (const [variant, css] of Object.entries({ native, floor, site })) {
      expect(await colours(page, css, theme, system), `${variant} CSS, theme ${theme} on a ${system} system`).toEqual(
        expected,
      );
    }
  }
});
