import { expect, test } from '../engines/fixtures';
import type { Reader } from '../engines/reader';
import { expectedCount } from '../support/archive-search';
import { sites } from '../support/sites';
import { headline } from './places';

/** Search runs on the generated archive (playwright.config.ts builds it). */
test.use({ baseURL: `http://127.0.0.1:${sites.archive.port}` });

const searchBox = { role: 'searchbox', name: '搜索报道' } as const;

/** The count of the results on screen, once they are no longer loading. */
const resultCount = (reader: Reader) =>
  reader.evaluate(
    () =>
      document.querySelector('[data-result-count]:not([aria-busy="true"])')?.getAttribute('data-result-count') ?? null,
    null,
  );

test('typing a query finds exactly the articles brute force finds, and a second term narrows them', async ({
  reader,
}) => {
  // Typing starts as soon as the page has loaded, whether or not the app runs yet: what the reader
  // types before it does must count too (WebKit lost the first character here once).
  await reader.open('/');
  await reader.type(searchBox, '陈曦');
  // The URL follows each keystroke: wait for the whole query (陈 alone may find as many).
  await expect.poll(() => reader.url()).toMatch(/\/search\/\?q=%E9%99%88%E6%9B%A6$/u);
  const count = expectedCount('陈曦');
  expect(count).toBeGreaterThan(20);
  await expect.poll(() => resultCount(reader)).toBe(String(count));
  expect(await reader.text({ role: 'status', name: /找到/u })).toBe(`找到 ${count} 篇报道`);
  expect(await reader.texts({ role: 'heading', level: 2, within: { role: 'main' } })).toHaveLength(20);
  expect(await reader.evaluate(() => document.querySelector('main mark')?.textContent, null)).toBe('陈曦');

  await reader.type(searchBox, ' 女职工');
  await expect.poll(() => reader.url()).toMatch(/q=%E9%99%88%E6%9B%A6(\+|%20)%E5%A5%B3%E8%81%8C%E5%B7%A5$/u);
  await expect.poll(() => resultCount(reader)).toBe(String(expectedCount('陈曦 女职工')));
  await reader.open('/search/?q=%E9%BE%98%E9%91%AB%E7%8A%87');
  await expect.poll(() => resultCount(reader)).toBe('0');
  expect(await reader.text(headline)).toBe('搜索');
});
